import { handle } from "@/lib/http/handle";
import { verifyLicenceOperation } from "@/lib/licences/operations";
import { verifyLicence } from "@/lib/licences/service";

export const POST = handle(verifyLicenceOperation, ({ actor, params, body, meta }) =>
  verifyLicence(actor, params.id, body, meta),
);
