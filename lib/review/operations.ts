import { defineOperation, idParams } from "@/lib/http/operation";
import {
  COMMENT_MAX_LENGTH,
  commentDto,
  commentListDto,
  createCommentBody,
  editCommentBody,
  reviewBody,
  reviewResultDto,
} from "./schemas";

const TAG = "Review";

export const listCommentsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/assignments/{id}/comments",
  operationId: "listAssignmentComments",
  returnsClientData: true,
  summary:
    "Clinicians (who gave it): every private note and feedback, each with who can read it; the read is audited. Clients: the feedback on your own copy, and on answers your partner shared once you both sent yours; never private notes",
  tag: TAG,
  access: { kind: "permission", permission: "read:assignment:own" },
  params: idParams,
  response: commentListDto,
  errors: [404],
});

export const createCommentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/assignments/{id}/comments",
  operationId: "createAssignmentComment",
  summary:
    "Write a private note (only you) or feedback (the client sees it) on an assignment you gave: on the whole of it, one person's copy or one answer that was sent. 422 when your licences do not cover where everyone it was given to is now",
  tag: TAG,
  access: { kind: "permission", permission: "review:assignment:own" },
  params: idParams,
  body: createCommentBody,
  response: commentDto,
  successStatus: 201,
  errors: [404, 409, 413, 422],
  maxBodyBytes: COMMENT_MAX_LENGTH * 4 + 2_048,
});

export const reviewAssignmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/assignments/{id}/review",
  operationId: "reviewAssignment",
  summary:
    "Mark what was sent as reviewed (locks the client's copy), or ask for a revision with a note (reopens it: the client can change it and send it again). 409 when nothing was sent, it was withdrawn, or a revision was already asked for; 422 when your licences do not cover where everyone it was given to is now",
  tag: TAG,
  access: { kind: "permission", permission: "review:assignment:own" },
  params: idParams,
  body: reviewBody,
  response: reviewResultDto,
  errors: [404, 409, 413, 422],
  maxBodyBytes: COMMENT_MAX_LENGTH * 4 + 2_048,
});

export const editCommentOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/comments/{id}",
  operationId: "editComment",
  summary:
    "Change the text of a note or feedback you wrote (the client sees that feedback was edited; the earlier text is kept). 409 when it was withdrawn; 422 when your licences do not cover where everyone the work was given to is now",
  tag: TAG,
  access: { kind: "permission", permission: "review:assignment:own" },
  params: idParams,
  body: editCommentBody,
  response: commentDto,
  errors: [404, 409, 413, 422],
  maxBodyBytes: COMMENT_MAX_LENGTH * 4 + 2_048,
});

export const withdrawCommentOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/comments/{id}",
  operationId: "withdrawComment",
  summary:
    "Withdraw a note or feedback you wrote: kept and marked withdrawn; the client no longer reads its text, only that it was withdrawn. 409 when it already was",
  tag: TAG,
  access: { kind: "permission", permission: "review:assignment:own" },
  params: idParams,
  response: commentDto,
  errors: [404, 409],
});

export const reviewOperations = [
  listCommentsOperation,
  createCommentOperation,
  reviewAssignmentOperation,
  editCommentOperation,
  withdrawCommentOperation,
];
