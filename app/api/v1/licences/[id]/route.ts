import { handle } from "@/lib/http/handle";
import { updateLicenceOperation } from "@/lib/licences/operations";
import { updateLicence } from "@/lib/licences/service";

export const PATCH = handle(updateLicenceOperation, ({ actor, params, body, meta }) =>
  updateLicence(actor, params.id, body, meta),
);
