import { handle } from "@/lib/http/handle";
import { confirmMyLocationOperation, getMyLocationOperation } from "@/lib/locations/operations";
import { confirmMyLocation, getMyLocation } from "@/lib/locations/service";

export const GET = handle(getMyLocationOperation, ({ actor }) => getMyLocation(actor));
export const POST = handle(confirmMyLocationOperation, ({ actor, body, meta }) =>
  confirmMyLocation(actor, body, meta),
);
