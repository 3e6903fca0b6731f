import { handle } from "@/lib/http/handle";
import { checkPasswordOperation } from "@/lib/auth/operations";
import { checkPasswordForFeedback } from "@/lib/auth/password/feedback";

export const POST = handle(checkPasswordOperation, async ({ actor, body }) =>
  checkPasswordForFeedback(actor, body),
);
