import { handle } from "@/lib/http/handle";
import { signOutEverywhere } from "@/lib/auth/account/service";
import { signOutEverywhereOperation } from "@/lib/auth/operations";

export const POST = handle(signOutEverywhereOperation, ({ actor, meta }) => signOutEverywhere(actor, meta));
