import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import { exportMyThreads } from "@/lib/messages/export";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { readableAnswer } from "./readable";
import type { ClientExport, ExportAnswer } from "./schemas";

// "Download everything I wrote": a client's own record, as JSON and as a printable page. It holds
// their profile, where they said they were, every assignment they received (with the pinned
// exercise's title and questions, as they saw them), their answers and every submitted revision,
// and the feedback addressed to them. Never a partner's answers (shared or not), never the
// clinician's private notes. Every export is recorded in the audit trail before it is returned.

export const EXPORT_FORMAT = "mend-client-export";
export const EXPORT_VERSION = 1;

function promptsOf(definition: ExerciseDefinition, perspectiveId: string | null): Prompt[] {
  if (definition.perspectives)
    return definition.perspectives.find((p) => p.id === perspectiveId)?.prompts ?? [];
  return definition.prompts ?? [];
}

function answersOf(json: unknown, prompts: Prompt[]): ExportAnswer[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  const stored = json as Record<string, { value?: unknown; shared?: unknown } | undefined>;
  const out: ExportAnswer[] = [];
  // In question order, then anything stored for a question no longer in the definition.
  const seen = new Set<string>();
  for (const prompt of prompts) {
    const entry = stored[prompt.id];
    seen.add(prompt.id);
    if (!entry || !("value" in entry)) continue;
    out.push({
      promptId: prompt.id,
      question: prompt.label,
      kind: prompt.kind,
      value: entry.value ?? null,
      text: readableAnswer(prompt, entry.value),
      sharedWithPartner: entry.shared === true,
    });
  }
  for (const [promptId, entry] of Object.entries(stored)) {
    if (seen.has(promptId) || !entry || !("value" in entry)) continue;
    out.push({
      promptId,
      question: promptId,
      kind: "unknown",
      value: entry.value ?? null,
      text: readableAnswer(null, entry.value),
      sharedWithPartner: entry.shared === true,
    });
  }
  return out;
}

/** The client's whole record. Records `data.exported` first: no audit record, no export. */
export async function exportMyData(
  actor: Actor,
  meta: AuditRequestMeta,
  format: "json" | "page",
): Promise<ClientExport> {
  // Only clients hold a record of their own to export: the permission is theirs alone.
  assertCan(actor, "export:data:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      createdAt: true,
      consentAcceptedAt: true,
      shareDraftsWithClinician: true,
      closedAt: true,
      user: {
        select: {
          name: true,
          email: true,
          timeZone: true,
          emailOptOut: true,
          createdAt: true,
          practice: { select: { name: true } },
        },
      },
      clinician: { select: { name: true } },
      couple: { select: { name: true } },
      locations: { orderBy: { attestedAt: "asc" }, select: { state: true, source: true, attestedAt: true } },
    },
  });
  if (!profile) throw notFound("Your record");

  // Only this client's own copies (AssignmentRecipient.clientId = them): a partner's copy, and so
  // the partner's answers, is never selected.
  const copies = await db.assignmentRecipient.findMany({
    where: { clientId: actor.userId, assignment: { practiceId: actor.practiceId } },
    orderBy: [{ assignment: { createdAt: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      perspectiveId: true,
      state: true,
      submittedAt: true,
      reviewedAt: true,
      assignment: {
        select: {
          id: true,
          note: true,
          dueAt: true,
          status: true,
          createdAt: true,
          clinician: { select: { name: true } },
          exerciseVersion: { select: { title: true, version: true, definition: true } },
          // Feedback addressed to this client's copy, or to everyone on the assignment. Private
          // notes (kind PRIVATE_NOTE) are the clinician's own and are not part of the export.
          comments: {
            // Withdrawn feedback is no longer shown to the client (lib/review/edit.ts), here neither.
            where: { kind: "FEEDBACK", recipientId: null, withdrawnAt: null },
            orderBy: { createdAt: "asc" },
            select: { createdAt: true, promptId: true, body: true, author: { select: { name: true } } },
          },
        },
      },
      comments: {
        where: { kind: "FEEDBACK", withdrawnAt: null },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, promptId: true, body: true, author: { select: { name: true } } },
      },
      response: {
        select: {
          answers: true,
          updatedAt: true,
          revisions: {
            orderBy: { number: "asc" },
            select: { number: true, submittedAt: true, answers: true },
          },
        },
      },
    },
  });

  const messageThreads = await exportMyThreads(actor);

  await recordAudit(
    actor,
    {
      action: "data.exported",
      subjectType: "ClientProfile",
      subjectId: actor.userId,
      clientId: actor.userId,
      metadata: { format, assignments: copies.length, messageThreads: messageThreads.length },
    },
    meta,
  );

  const u = profile.user;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: {
      name: u.name,
      email: u.email,
      timeZone: u.timeZone,
      practice: u.practice.name,
      clinician: profile.clinician.name,
      couple: profile.couple?.name ?? null,
      joinedAt: u.createdAt.toISOString(),
      consentAcceptedAt: profile.consentAcceptedAt?.toISOString() ?? null,
      shareDraftsWithClinician: profile.shareDraftsWithClinician,
      emailReminders: !u.emailOptOut,
      closedAt: profile.closedAt?.toISOString() ?? null,
    },
    locations: profile.locations.map((l) => ({
      state: l.state,
      source: l.source,
      attestedAt: l.attestedAt.toISOString(),
    })),
    assignments: copies.map((copy) => {
      const a = copy.assignment;
      const definition = a.exerciseVersion.definition as unknown as ExerciseDefinition;
      const prompts = promptsOf(definition, copy.perspectiveId);
      const perspective = copy.perspectiveId
        ? (definition.perspectives?.find((p) => p.id === copy.perspectiveId)?.label ?? copy.perspectiveId)
        : null;
      const questionOf = (promptId: string | null) =>
        promptId ? (prompts.find((p) => p.id === promptId)?.label ?? null) : null;
      const feedback = [...a.comments, ...copy.comments]
        .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())
        .map((c) => ({
          at: c.createdAt.toISOString(),
          from: c.author.name,
          question: questionOf(c.promptId),
          text: c.body,
        }));
      return {
        id: a.id,
        title: a.exerciseVersion.title,
        exerciseVersion: a.exerciseVersion.version,
        perspective,
        assignedBy: a.clinician.name,
        assignedAt: a.createdAt.toISOString(),
        dueAt: a.dueAt.toISOString(),
        status: a.status,
        state: copy.state,
        submittedAt: copy.submittedAt?.toISOString() ?? null,
        reviewedAt: copy.reviewedAt?.toISOString() ?? null,
        note: a.note,
        questions: prompts.map((p) => ({ id: p.id, label: p.label, kind: p.kind })),
        answers: copy.response ? answersOf(copy.response.answers, prompts) : [],
        answersUpdatedAt: copy.response?.updatedAt.toISOString() ?? null,
        revisions: (copy.response?.revisions ?? []).map((r) => ({
          number: r.number,
          submittedAt: r.submittedAt.toISOString(),
          answers: answersOf(r.answers, prompts),
        })),
        feedback,
      };
    }),
    messageThreads,
  };
}
