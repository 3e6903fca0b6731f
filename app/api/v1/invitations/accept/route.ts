import { handle } from "@/lib/http/handle";
import { acceptInvitationOperation } from "@/lib/invitations/operations";
import { acceptInvitation } from "@/lib/invitations/accept";

export const POST = handle(acceptInvitationOperation, ({ body, meta }) => acceptInvitation(body, meta));
