import { closeMyAccount } from "@/lib/data-rights/close";
import { closeMyAccountOperation } from "@/lib/data-rights/operations";
import { handle } from "@/lib/http/handle";

export const POST = handle(closeMyAccountOperation, ({ actor, meta }) => closeMyAccount(actor, meta));
