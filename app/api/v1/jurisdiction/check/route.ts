import { handle } from "@/lib/http/handle";
import { jurisdictionCheckOperation } from "@/lib/jurisdiction/operations";
import { checkJurisdiction } from "@/lib/jurisdiction/service";

export const GET = handle(jurisdictionCheckOperation, ({ actor, query }) => checkJurisdiction(actor, query));
