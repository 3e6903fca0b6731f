import { handle } from "@/lib/http/handle";
import { editComment, withdrawComment } from "@/lib/review/edit";
import { editCommentOperation, withdrawCommentOperation } from "@/lib/review/operations";

export const PATCH = handle(editCommentOperation, ({ actor, params, body, meta }) =>
  editComment(actor, params.id, body, meta),
);
export const DELETE = handle(withdrawCommentOperation, ({ actor, params, meta }) =>
  withdrawComment(actor, params.id, meta),
);
