import { z } from "zod";
import { defineOperation, idParams } from "@/lib/http/operation";
import {
  acceptInvitationBody,
  acceptInvitationDto,
  createInvitationBody,
  invitationDto,
  listInvitationsQuery,
} from "./schemas";

export const createInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/invitations",
  operationId: "createInvitation",
  summary:
    "A clinician invites a client (alone, or as a partner in a new or existing couple); an admin invites a clinician",
  tag: "Invitations",
  access: { kind: "permission", permission: "manage:invitation" },
  body: createInvitationBody,
  response: invitationDto,
  successStatus: 201,
  errors: [404, 409],
});

export const listInvitationsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/invitations",
  operationId: "listInvitations",
  summary:
    "Invitations the signed-in person manages (a clinician's client invitations; an admin's practice clinician invitations)",
  tag: "Invitations",
  access: { kind: "permission", permission: "read:invitation" },
  query: listInvitationsQuery,
  response: z.object({ invitations: z.array(invitationDto) }),
});

export const revokeInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/invitations/{id}/revoke",
  operationId: "revokeInvitation",
  summary: "Withdraw an invitation: its link stops working",
  tag: "Invitations",
  access: { kind: "permission", permission: "manage:invitation" },
  params: idParams,
  response: invitationDto,
  errors: [404, 409],
});

export const resendInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/invitations/{id}/resend",
  operationId: "resendInvitation",
  summary: "Email a new link valid for 7 days; the previous link stops working",
  tag: "Invitations",
  access: { kind: "permission", permission: "manage:invitation" },
  params: idParams,
  response: invitationDto,
  errors: [404, 409],
});

export const acceptInvitationOperation = defineOperation({
  method: "POST",
  path: "/api/v1/invitations/accept",
  operationId: "acceptInvitation",
  summary: "Accept an invitation with its emailed token: set a password, location (clients), consent and age",
  tag: "Invitations",
  access: { kind: "public" },
  body: acceptInvitationBody,
  response: acceptInvitationDto,
  successStatus: 201,
  errors: [404, 409, 422],
});

export const invitationOperations = [
  createInvitationOperation,
  listInvitationsOperation,
  revokeInvitationOperation,
  resendInvitationOperation,
  acceptInvitationOperation,
];
