import { handle } from "@/lib/http/handle";
import { getOfficeHoursOperation, setOfficeHoursOperation } from "@/lib/messages/operations";
import { getOfficeHours, setOfficeHours } from "@/lib/messages/service";

export const GET = handle(getOfficeHoursOperation, ({ actor }) => getOfficeHours(actor));
export const PUT = handle(setOfficeHoursOperation, ({ actor, body }) => setOfficeHours(actor, body));
