import { handle } from "@/lib/http/handle";
import { twoFactorStatusOperation } from "@/lib/auth/operations";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/service";

export const GET = handle(twoFactorStatusOperation, ({ actor }) => getTwoFactorStatus(actor));
