import { handle } from "@/lib/http/handle";
import { revokeInvitationOperation } from "@/lib/invitations/operations";
import { revokeInvitation } from "@/lib/invitations/service";

export const POST = handle(revokeInvitationOperation, ({ actor, params, meta }) =>
  revokeInvitation(actor, params.id, meta),
);
