import { handle } from "@/lib/http/handle";
import { signOutPersonOperation } from "@/lib/people/operations";
import { signOutPersonEverywhere } from "@/lib/people/service";

export const POST = handle(signOutPersonOperation, ({ actor, params, meta }) =>
  signOutPersonEverywhere(actor, params.id, meta),
);
