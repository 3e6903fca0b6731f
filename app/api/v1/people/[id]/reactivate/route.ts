import { handle } from "@/lib/http/handle";
import { reactivatePersonOperation } from "@/lib/people/operations";
import { reactivatePerson } from "@/lib/people/service";

export const POST = handle(reactivatePersonOperation, ({ actor, params, meta }) =>
  reactivatePerson(actor, params.id, meta),
);
