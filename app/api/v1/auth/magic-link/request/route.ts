import { handle } from "@/lib/http/handle";
import { requestMagicLink } from "@/lib/auth/links/magic-link";
import { requestMagicLinkOperation } from "@/lib/auth/operations";

export const POST = handle(requestMagicLinkOperation, ({ body, meta }) => requestMagicLink(body, meta));
