import { handle } from "@/lib/http/handle";
import { jurisdictionCheckOperation } from "@/lib/jurisdiction/operations";
import { checkJurisdiction } from "@/lib/jurisdiction/service";

export const GET = handle(jurisdictionCheckOperation, ({ actor, query, meta }) =>
  checkJurisdiction(actor, query, meta),
);
