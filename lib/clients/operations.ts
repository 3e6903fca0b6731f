import { defineOperation, idParams } from "@/lib/http/operation";
import { clientDetailDto, clientListDto } from "./schemas";

export const listClientsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/clients",
  operationId: "listClients",
  returnsClientData: true,
  summary: "The signed-in clinician's caseload: individual clients and couples",
  tag: "Clients",
  access: { kind: "permission", permission: "read:caseload:own" },
  response: clientListDto,
});

export const getClientOperation = defineOperation({
  method: "GET",
  path: "/api/v1/clients/{id}",
  operationId: "getClient",
  returnsClientData: true,
  summary: "One client of the signed-in clinician, with their location history",
  tag: "Clients",
  access: { kind: "permission", permission: "read:caseload:own" },
  params: idParams,
  response: clientDetailDto,
  errors: [404],
});

export const clientOperations = [listClientsOperation, getClientOperation];
