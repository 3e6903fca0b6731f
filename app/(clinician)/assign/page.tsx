import type { Metadata } from "next";
import { AssignForm, type AssignExercise, type AssignRecipient } from "@/components/assignments/assign-form";
import { PageHeader } from "@/components/ui/card";
import { capitalise, plural, withArticle } from "@/lib/assignments/labels";
import { defaultDueDates } from "@/lib/assignments/default-due";
import { lastPerspectiveChoices } from "@/lib/assignments/last-perspectives";
import { practiceAssignmentLabel } from "@/lib/assignments/service";
import { listClients } from "@/lib/clients/caseload";
import { MAX_PAGE_SIZE } from "@/lib/exercises/filters";
import { listExercises } from "@/lib/exercises/queries";
import { pausedCoupleIds } from "@/lib/safety/service";
import { firstName } from "@/lib/text/names";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Assign" };

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,80}$/.test(value) ? value : undefined;
}

export default page({ roles: ["CLINICIAN"] }, AssignPage);

async function AssignPage(
  actor: Actor,
  { searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> },
) {
  const query = await searchParams;
  const [caseload, label, defaults, paused] = await Promise.all([
    listClients(actor, await pageRequestMeta()),
    practiceAssignmentLabel(actor),
    defaultDueDates(actor),
    pausedCoupleIds(actor),
  ]);
  const lastChoices = await lastPerspectiveChoices(
    actor,
    caseload.couples.map((c) => c.id),
  );

  // The whole library the clinician may see, latest versions (a few hundred at most).
  const exercises: AssignExercise[] = [];
  for (let page = 1; page < 50; page++) {
    const list = await listExercises(actor, { page, pageSize: MAX_PAGE_SIZE });
    exercises.push(
      ...list.items.map((e) => ({
        slug: e.slug,
        title: e.title,
        summary: e.summary,
        section: e.section.title,
        audience: e.audience,
        estimatedMinutes: e.estimatedMinutes,
        version: e.version,
        source: e.source,
        perspectives: e.perspectives,
      })),
    );
    if (!list.nextPage) break;
  }

  const recipients: AssignRecipient[] = [
    ...caseload.couples
      .filter((c) => c.partners.length > 0)
      .map((c) => ({
        key: `couple:${c.id}`,
        kind: "couple" as const,
        id: c.id,
        name: c.name,
        people: c.partners.map((p) => ({ id: p.id, name: p.name, firstName: firstName(p.name) })),
        defaultDue: defaults[`couple:${c.id}`] ?? null,
        sharingPaused: paused.has(c.id),
        lastPerspectives: lastChoices[c.id] ?? {},
      })),
    ...caseload.individuals.map((p) => ({
      key: `client:${p.id}`,
      kind: "client" as const,
      id: p.id,
      name: p.name,
      people: [{ id: p.id, name: p.name, firstName: firstName(p.name) }],
      defaultDue: defaults[`client:${p.id}`] ?? null,
    })),
    ...caseload.couples.flatMap((c) =>
      c.partners.map((p) => ({
        key: `client:${p.id}`,
        kind: "partner" as const,
        id: p.id,
        name: `${p.name} (on their own, from ${c.name})`,
        people: [{ id: p.id, name: p.name, firstName: firstName(p.name) }],
        defaultDue: defaults[`client:${p.id}`] ?? null,
      })),
    ),
  ];

  const preselected = one(query.coupleId)
    ? `couple:${one(query.coupleId)}`
    : one(query.clientId)
      ? `client:${one(query.clientId)}`
      : "";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={`Assign ${withArticle(label)}`}
        lead={`Choose who it is for and what to send. ${capitalise(plural(label))} pin the exercise as it is today, so later edits never change what a client was asked.`}
      />
      <AssignForm
        recipients={recipients}
        exercises={exercises}
        label={label}
        timeZone={actor.timeZone}
        initialRecipient={recipients.some((r) => r.key === preselected) ? preselected : ""}
        initialExercise={exercises.some((e) => e.slug === one(query.exercise)) ? one(query.exercise)! : ""}
      />
    </div>
  );
}
