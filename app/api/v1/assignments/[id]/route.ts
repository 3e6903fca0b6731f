import { getAssignmentOperation, updateAssignmentOperation } from "@/lib/assignments/operations";
import { getAssignment, updateAssignment } from "@/lib/assignments/service";
import { handle } from "@/lib/http/handle";

export const GET = handle(getAssignmentOperation, ({ actor, params, meta }) =>
  getAssignment(actor, params.id, meta),
);
export const PATCH = handle(updateAssignmentOperation, ({ actor, params, body, meta }) =>
  updateAssignment(actor, params.id, body, meta),
);
