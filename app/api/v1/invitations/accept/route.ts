import { handle } from "@/lib/http/handle";
import { acceptInvitationOperation } from "@/lib/invitations/operations";
import { acceptInvitation } from "@/lib/invitations/service";

export const POST = handle(acceptInvitationOperation, ({ body, meta }) => acceptInvitation(body, meta));
