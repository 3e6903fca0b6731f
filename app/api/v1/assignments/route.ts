import { createAssignmentOperation, listAssignmentsOperation } from "@/lib/assignments/operations";
import { createAssignments, listAssignments } from "@/lib/assignments/service";
import { handle } from "@/lib/http/handle";

export const GET = handle(listAssignmentsOperation, ({ actor, query, meta }) =>
  listAssignments(actor, query, meta),
);
export const POST = handle(createAssignmentOperation, ({ actor, body, meta }) =>
  createAssignments(actor, body, meta),
);
