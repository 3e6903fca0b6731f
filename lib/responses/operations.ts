import { defineOperation, idParams } from "@/lib/http/operation";
import {
  RESPONSE_MAX_BYTES,
  responseDto,
  saveResponseBody,
  saveResultDto,
  submitResponseBody,
  submitResultDto,
} from "./schemas";

const TAG = "Assignments";

export const getResponseOperation = defineOperation({
  method: "GET",
  path: "/api/v1/assignments/{id}/response",
  operationId: "getAssignmentResponse",
  returnsClientData: true,
  summary:
    "Clients: your own answers (draft, version) and, once you both have sent yours, what your partner shared. Clinicians: every submission (drafts only where the client allows it); each read is audited",
  tag: TAG,
  access: { kind: "permission", permission: "read:assignment:own" },
  params: idParams,
  response: responseDto,
  errors: [404],
});

export const saveResponseOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/assignments/{id}/response",
  operationId: "saveAssignmentResponse",
  summary:
    "Save your draft. Carries the version it started from: a stale one answers 409 with the current answers in details (reason: stale); a reviewed or withdrawn copy, or one whose client was discharged, answers 409 (reason: reviewed | withdrawn | discharged); an answer marked shared while the couple's sharing is paused answers 409 (reason: sharing_paused)",
  tag: TAG,
  access: { kind: "permission", permission: "write:response:own" },
  params: idParams,
  body: saveResponseBody,
  response: saveResultDto,
  errors: [404, 409, 413],
  maxBodyBytes: RESPONSE_MAX_BYTES,
});

export const submitResponseOperation = defineOperation({
  method: "POST",
  path: "/api/v1/assignments/{id}/submit",
  operationId: "submitAssignmentResponse",
  summary:
    "Send your answers to your therapist (kept as a numbered revision). Repeating it with the same answers creates nothing new; missing required answers answer 422 (details.prompts); a reviewed or withdrawn copy, or one whose client was discharged, answers 409 (reason: reviewed | withdrawn | discharged); an answer marked shared while the couple's sharing is paused answers 409 (reason: sharing_paused)",
  tag: TAG,
  access: { kind: "permission", permission: "write:response:own" },
  params: idParams,
  body: submitResponseBody,
  response: submitResultDto,
  errors: [404, 409, 413, 422],
  maxBodyBytes: RESPONSE_MAX_BYTES,
});

export const responseOperations = [getResponseOperation, saveResponseOperation, submitResponseOperation];
