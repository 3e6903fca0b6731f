import { defineOperation, idParams } from "@/lib/http/operation";
import { recordSafetyScreenBody, safetyScreenDto } from "./schemas";

export const recordSafetyScreenOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/clients/{id}/safety-screen",
  operationId: "recordSafetyScreen",
  summary:
    "Record the outcome of a client's individual safety screen (not yet, no concern, concern); partners in a couple can share answers only while both are 'no concern'",
  tag: "Clients",
  access: { kind: "permission", permission: "screen:client:own" },
  params: idParams,
  body: recordSafetyScreenBody,
  response: safetyScreenDto,
  errors: [404],
  maxBodyBytes: 1024,
});

export const safetyOperations = [recordSafetyScreenOperation];
