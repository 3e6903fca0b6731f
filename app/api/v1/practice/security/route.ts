import { handle } from "@/lib/http/handle";
import { getPracticeSecurityOperation, updatePracticeSecurityOperation } from "@/lib/auth/operations";
import { getPracticeSecurity, setRequireTwoFactor } from "@/lib/auth/account/practice-security";

export const GET = handle(getPracticeSecurityOperation, ({ actor }) => getPracticeSecurity(actor));
export const PATCH = handle(updatePracticeSecurityOperation, ({ actor, body, meta }) =>
  setRequireTwoFactor(actor, body, meta),
);
