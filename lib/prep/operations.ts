import { z } from "zod";
import { defineOperation, idParam } from "@/lib/http/operation";
import { prepDto } from "./schemas";

const TAG = "Prep";
const access = { kind: "permission", permission: "read:prep:own" } as const;

export const getClientPrepOperation = defineOperation({
  method: "GET",
  path: "/api/v1/prep/clients/{id}",
  operationId: "getClientPrep",
  returnsClientData: true,
  summary:
    "Appointment prep for one client of your caseload: what they sent since the last appointment, what is missing or overdue, check-in trends, earlier notes. Each read is audited",
  tag: TAG,
  access,
  params: z.object({ id: idParam }),
  response: prepDto,
  errors: [404],
});

export const getCouplePrepOperation = defineOperation({
  method: "GET",
  path: "/api/v1/prep/couples/{id}",
  operationId: "getCouplePrep",
  returnsClientData: true,
  summary:
    "Appointment prep for one couple of your caseload: both partners' answers prompt by prompt (each marked shared or private), what is missing, trends with one series per partner, earlier notes. Each read is audited",
  tag: TAG,
  access,
  params: z.object({ id: idParam }),
  response: prepDto,
  errors: [404],
});

export const prepOperations = [getClientPrepOperation, getCouplePrepOperation];
