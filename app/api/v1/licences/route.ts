import { handle } from "@/lib/http/handle";
import { createLicenceOperation, listLicencesOperation } from "@/lib/licences/operations";
import { createLicence, listLicences } from "@/lib/licences/service";

export const GET = handle(listLicencesOperation, async ({ actor, query }) => ({
  licences: await listLicences(actor, query),
}));
export const POST = handle(createLicenceOperation, ({ actor, body, meta }) =>
  createLicence(actor, body, meta),
);
