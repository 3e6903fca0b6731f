import { handle } from "@/lib/http/handle";
import { resendInvitationOperation } from "@/lib/invitations/operations";
import { resendInvitation } from "@/lib/invitations/service";

export const POST = handle(resendInvitationOperation, ({ actor, params, meta }) =>
  resendInvitation(actor, params.id, meta),
);
