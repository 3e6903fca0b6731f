import { handle } from "@/lib/http/handle";
import { deactivatePersonOperation } from "@/lib/people/operations";
import { deactivatePerson } from "@/lib/people/service";

export const POST = handle(deactivatePersonOperation, ({ actor, params, meta }) =>
  deactivatePerson(actor, params.id, meta),
);
