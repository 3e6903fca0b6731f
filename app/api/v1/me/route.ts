import { handle } from "@/lib/http/handle";
import { getMeOperation } from "@/lib/me/operations";
import { getMe } from "@/lib/me/service";

export const GET = handle(getMeOperation, ({ actor }) => getMe(actor));
