import { z } from "zod";
import { defineOperation, idParams } from "@/lib/http/operation";
import { createSessionInput, listSessionsQuery, sessionDto, updateSessionInput } from "./schemas";

const access = { kind: "permission", permission: "manage:session:own" } as const;

export const listSessionsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/sessions",
  operationId: "listSessions",
  summary: "The acting clinician's sessions (from a day ago by default)",
  tag: "Sessions",
  access,
  query: listSessionsQuery,
  response: z.object({ sessions: z.array(sessionDto) }),
});

export const createSessionOperation = defineOperation({
  method: "POST",
  path: "/api/v1/sessions",
  operationId: "createSession",
  summary: "Schedule a session with a client or couple of the caseload",
  tag: "Sessions",
  access,
  body: createSessionInput,
  response: sessionDto,
  successStatus: 201,
  errors: [404, 422],
});

export const updateSessionOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/sessions/{id}",
  operationId: "updateSession",
  summary: "Move or change a session",
  tag: "Sessions",
  access,
  params: idParams,
  body: updateSessionInput,
  response: sessionDto,
  errors: [404, 422],
});

export const cancelSessionOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/sessions/{id}",
  operationId: "cancelSession",
  summary: "Cancel a session (kept, marked cancelled)",
  tag: "Sessions",
  access,
  params: idParams,
  response: sessionDto,
  errors: [404],
});

export const sessionOperations = [
  listSessionsOperation,
  createSessionOperation,
  updateSessionOperation,
  cancelSessionOperation,
];
