import { defineOperation, idParams } from "@/lib/http/operation";
import {
  MESSAGE_MAX_LENGTH,
  OFFICE_HOURS_MAX_LENGTH,
  listMessagesQuery,
  listThreadsQuery,
  markReadBody,
  markReadDto,
  messageDto,
  messagePageDto,
  officeHoursBody,
  officeHoursDto,
  openThreadBody,
  sendMessageBody,
  threadDto,
  threadListDto,
  updateThreadBody,
} from "./schemas";

const TAG = "Messages";
const read = { kind: "permission", permission: "read:thread:own" } as const;

export const listThreadsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/threads",
  operationId: "listThreads",
  returnsClientData: true,
  summary:
    "Clinicians: your inbox (threads with your clients and couples, newest first, unread counts; filter by client or couple; archived apart). Clients: your threads with your clinician (yours and, in a couple, the joint one; never your partner's private thread). The read is audited",
  tag: TAG,
  access: read,
  query: listThreadsQuery,
  response: threadListDto,
});

export const openThreadOperation = defineOperation({
  method: "POST",
  path: "/api/v1/threads",
  operationId: "openThread",
  returnsClientData: true,
  summary:
    "Find or start a thread: clinicians name a client (their own thread) or a couple (the joint thread) of their caseload; clients ask for their own thread or their couple's joint one",
  tag: TAG,
  access: read,
  body: openThreadBody,
  response: threadDto,
  errors: [404],
  maxBodyBytes: 1_024,
});

export const updateThreadOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/threads/{id}",
  operationId: "updateThread",
  summary: "Clinicians: archive a thread (it returns to the inbox with the next message) or bring it back",
  tag: TAG,
  access: read,
  params: idParams,
  body: updateThreadBody,
  response: threadDto,
  errors: [404],
  maxBodyBytes: 1_024,
});

export const listMessagesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/threads/{id}/messages",
  operationId: "listThreadMessages",
  returnsClientData: true,
  summary:
    "The newest messages of a thread you take part in (oldest first within the page; nextCursor pages back), with the clinician's office-hours note. Every read is audited",
  tag: TAG,
  access: read,
  params: idParams,
  query: listMessagesQuery,
  response: messagePageDto,
  errors: [404],
});

export const sendMessageOperation = defineOperation({
  method: "POST",
  path: "/api/v1/threads/{id}/messages",
  operationId: "sendThreadMessage",
  summary:
    "Send a text message. idempotencyKey is made by your device: sending again with the same key returns the first message (200) instead of a second one (201). 409: the conversation is closed (reason closed: the account is closed; discharged: care has ended, until re-admission) or the key was used elsewhere; 422: (clinicians) your licences do not cover where the clients are now; 429: too many messages, wait Retry-After",
  tag: TAG,
  access: { kind: "permission", permission: "write:message:own" },
  params: idParams,
  body: sendMessageBody,
  response: messageDto,
  successStatus: 201,
  errors: [404, 409, 413, 422, 429],
  maxBodyBytes: MESSAGE_MAX_LENGTH * 4 + 2_048,
});

export const markThreadReadOperation = defineOperation({
  method: "POST",
  path: "/api/v1/threads/{id}/read",
  operationId: "markThreadRead",
  summary: "Mark a thread read up to now, or (unread: true) unread again from its latest message",
  tag: TAG,
  access: read,
  params: idParams,
  body: markReadBody,
  response: markReadDto,
  errors: [404, 409],
  maxBodyBytes: 1_024,
});

export const getOfficeHoursOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me/office-hours",
  operationId: "getOfficeHours",
  summary: "Clinicians: your office-hours note, shown to your clients above the message composer",
  tag: TAG,
  access: { kind: "permission", permission: "manage:office-hours:own" },
  response: officeHoursDto,
});

export const setOfficeHoursOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/me/office-hours",
  operationId: "setOfficeHours",
  summary: "Clinicians: set your office-hours note (empty removes it)",
  tag: TAG,
  access: { kind: "permission", permission: "manage:office-hours:own" },
  body: officeHoursBody,
  response: officeHoursDto,
  maxBodyBytes: OFFICE_HOURS_MAX_LENGTH * 4 + 1_024,
});

export const messageOperations = [
  listThreadsOperation,
  openThreadOperation,
  updateThreadOperation,
  listMessagesOperation,
  sendMessageOperation,
  markThreadReadOperation,
  getOfficeHoursOperation,
  setOfficeHoursOperation,
];
