import { handle } from "@/lib/http/handle";
import { reviewAssignmentOperation } from "@/lib/review/operations";
import { reviewAssignment } from "@/lib/review/service";

export const POST = handle(reviewAssignmentOperation, ({ actor, params, body, meta }) =>
  reviewAssignment(actor, params.id, body, meta),
);
