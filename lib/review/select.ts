import type { Prisma } from "@/lib/db";

/** What a comment DTO (lib/review/dto.ts) is built from; the prep view reads comments with it too. */
export const commentSelect = {
  id: true,
  kind: true,
  body: true,
  createdAt: true,
  editedAt: true,
  withdrawnAt: true,
  assignmentId: true,
  recipientId: true,
  promptId: true,
  author: { select: { name: true } },
} satisfies Prisma.CommentSelect;
