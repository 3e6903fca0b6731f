import { handle } from "@/lib/http/handle";
import { createInvitationOperation, listInvitationsOperation } from "@/lib/invitations/operations";
import { createInvitation, listInvitations } from "@/lib/invitations/service";

export const POST = handle(createInvitationOperation, ({ actor, body, meta }) =>
  createInvitation(actor, body, meta),
);
export const GET = handle(listInvitationsOperation, async ({ actor, query }) => ({
  invitations: await listInvitations(actor, query),
}));
