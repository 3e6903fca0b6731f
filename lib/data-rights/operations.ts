import { defineOperation } from "@/lib/http/operation";
import { clientExportSchema, closeAccountBody, closeAccountResponse } from "./schemas";

export const exportMyDataOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me/export",
  operationId: "exportMyData",
  returnsClientData: true,
  summary:
    "Everything the signed-in client wrote: profile, locations, assignments with their questions, answers, revisions and feedback (JSON download)",
  tag: "Data rights",
  access: { kind: "permission", permission: "export:data:own" },
  response: clientExportSchema,
});

export const closeMyAccountOperation = defineOperation({
  method: "POST",
  path: "/api/v1/me/close",
  operationId: "closeMyAccount",
  summary:
    "Close the signed-in client's account: deactivated at once, records kept for the practice's retention period, then deleted",
  tag: "Data rights",
  access: { kind: "permission", permission: "close:account:own" },
  body: closeAccountBody,
  response: closeAccountResponse,
  maxBodyBytes: 1_024,
});

export const dataRightsOperations = [exportMyDataOperation, closeMyAccountOperation];
