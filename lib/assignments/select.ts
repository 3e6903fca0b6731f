import type { Prisma } from "@/lib/db";

/** One copy of an assignment as every view of it shows one: whose, from which side, where it stands. */
export const recipientSummarySelect = {
  id: true,
  clientId: true,
  perspectiveId: true,
  state: true,
  submittedAt: true,
  reviewedAt: true,
  client: { select: { user: { select: { name: true } } } },
} satisfies Prisma.AssignmentRecipientSelect;

/** What an assignment DTO (lib/assignments/dto.ts) is built from: one read for either side. */
export const assignmentSelect = {
  id: true,
  note: true,
  dueAt: true,
  status: true,
  withdrawnAt: true,
  seriesId: true,
  createdAt: true,
  coupleId: true,
  couple: { select: { id: true, name: true } },
  clinician: { select: { name: true } },
  exerciseVersion: {
    select: {
      id: true,
      version: true,
      title: true,
      estimatedMinutes: true,
      definition: true,
      exercise: { select: { slug: true } },
    },
  },
  recipients: {
    select: { ...recipientSummarySelect, response: { select: { updatedAt: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.AssignmentSelect;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ select: typeof assignmentSelect }>;
