import { defineOperation } from "@/lib/http/operation";
import { jurisdictionCheckDto, jurisdictionCheckQuery } from "./schemas";

export const jurisdictionCheckOperation = defineOperation({
  method: "GET",
  path: "/api/v1/jurisdiction/check",
  operationId: "checkJurisdiction",
  returnsClientData: true,
  summary:
    "Whether the signed-in clinician may assign work to a client or couple now, person by person, and why (the outcome is recorded)",
  tag: "Jurisdiction",
  access: { kind: "permission", permission: "assign:exercise:own" },
  query: jurisdictionCheckQuery,
  response: jurisdictionCheckDto,
  errors: [404, 422],
});

export const jurisdictionOperations = [jurisdictionCheckOperation];
