import { defineOperation, idParams } from "@/lib/http/operation";
import {
  assignmentDto,
  assignmentListDto,
  clinicianAssignmentDto,
  createAssignmentBody,
  createdAssignmentsDto,
  listAssignmentsQuery,
  updateAssignmentBody,
} from "./schemas";

const TAG = "Assignments";

export const listAssignmentsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/assignments",
  operationId: "listAssignments",
  returnsClientData: true,
  summary:
    "Assignments you gave (clinicians) or were given (clients: your own copy only), a page at a time with a cursor",
  tag: TAG,
  access: { kind: "permission", permission: "read:assignment:own" },
  query: listAssignmentsQuery,
  response: assignmentListDto,
});

export const createAssignmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/assignments",
  operationId: "createAssignment",
  summary:
    "Give an exercise (latest version, pinned) to a client or couple, optionally repeating weekly; refused with 422 when a licence does not cover where a recipient is, and with 409 (reason duplicate) when the same exercise is already open for the same people unless allowDuplicate is true",
  tag: TAG,
  access: { kind: "permission", permission: "assign:exercise:own" },
  body: createAssignmentBody,
  response: createdAssignmentsDto,
  successStatus: 201,
  errors: [404, 409, 413, 422],
  maxBodyBytes: 32 * 1024,
});

export const getAssignmentOperation = defineOperation({
  method: "GET",
  path: "/api/v1/assignments/{id}",
  operationId: "getAssignment",
  returnsClientData: true,
  summary: "One assignment: every recipient's progress for its clinician; the client's own copy for a client",
  tag: TAG,
  access: { kind: "permission", permission: "read:assignment:own" },
  params: idParams,
  response: assignmentDto,
  errors: [404],
});

export const updateAssignmentOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/assignments/{id}",
  operationId: "updateAssignment",
  summary:
    "Change the due date or note (422 when your licences do not cover where the recipients are now, as when assigning), or withdraw it (optionally with the later weeks of its series; never refused for licences); what was written is kept",
  tag: TAG,
  access: { kind: "permission", permission: "assign:exercise:own" },
  params: idParams,
  body: updateAssignmentBody,
  response: clinicianAssignmentDto,
  errors: [404, 409, 413, 422],
  maxBodyBytes: 16 * 1024,
});

export const assignmentOperations = [
  listAssignmentsOperation,
  createAssignmentOperation,
  getAssignmentOperation,
  updateAssignmentOperation,
];
