import { handle } from "@/lib/http/handle";
import { createCommentOperation, listCommentsOperation } from "@/lib/review/operations";
import { createComment, listComments } from "@/lib/review/service";

export const GET = handle(listCommentsOperation, ({ actor, params, meta }) =>
  listComments(actor, params.id, meta),
);
export const POST = handle(createCommentOperation, ({ actor, params, body, meta }) =>
  createComment(actor, params.id, body, meta),
);
