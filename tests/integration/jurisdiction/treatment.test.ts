import { describe, expect, it } from "vitest";
import { createAssignments, getClinicianAssignment, updateAssignment } from "@/lib/assignments/service";
import { reassignCaseload } from "@/lib/data-rights/reassign";
import { db } from "@/lib/db";
import { treatmentStanding } from "@/lib/jurisdiction/service";
import { confirmMyLocation } from "@/lib/locations/service";
import type { Actor } from "@/lib/policy/actor";
import { createComment, listComments, reviewAssignment } from "@/lib/review/service";
import { actorFor, createClient, createClinician, createPractice, createUser } from "../../support/factories";
import { checkInAnswers, send } from "../review/support";

// Changing, reviewing and commenting on work are treatment too (design/jurisdiction.md §2, §6): the
// same licence rule as assigning, judged now. Reading and withdrawing stay open: records are kept.

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** A TN-only clinician gives a TN client a check-in, the client sends it, then confirms being in Virginia. */
async function clientMovesToVirginia(licences: { state: string; expiresAt?: Date }[] = [{ state: "TN" }]) {
  const practice = await createPractice();
  const clinicianUser = await createClinician(practice.id, licences);
  const clientUser = await createClient(practice.id, clinicianUser.id, { state: "TN", name: "Jordan Lee" });
  const clinician = actorFor(clinicianUser);
  const client = actorFor(clientUser);
  const created = await createAssignments(clinician, {
    exercise: "weekly-trust-check-in",
    clientId: client.userId,
    dueAt: inDays(7).toISOString(),
    note: "Before our next appointment.",
  });
  const assignment = created.items[0]!;
  await send(client, assignment.id, checkInAnswers(6));
  await confirmMyLocation(client, { state: "VA" });
  return { practice, clinician, client, assignment };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected a 422");
    },
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: "unprocessable", status: 422, details: { reason: "jurisdiction" } });
  return error as { message: string; details: { people: { clientId: string; code: string }[] } };
}

const NO_VA = "Jordan is in Virginia and you hold no active, verified Virginia licence or compact privilege.";

async function recipientState(assignmentId: string) {
  const r = await db.assignmentRecipient.findFirstOrThrow({
    where: { assignmentId },
    select: { state: true },
  });
  return r.state;
}

describe("changing work needs a licence where the client is now", () => {
  it("refuses a TN-only clinician changing the due date or note after the client confirmed Virginia", async () => {
    const { clinician, client, assignment } = await clientMovesToVirginia();
    const dueError = await refusal(
      updateAssignment(clinician, assignment.id, { dueAt: inDays(9).toISOString() }),
    );
    expect(dueError.message).toBe(`You can't change Jordan's work: ${NO_VA}`);
    expect(dueError.details.people).toEqual([
      expect.objectContaining({ clientId: client.userId, code: "no_authorization" }),
    ]);
    await refusal(updateAssignment(clinician, assignment.id, { note: "Changed my mind." }));

    const stored = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(stored.dueAt.toISOString()).toBe(assignment.dueAt);
    expect(stored.note).toBe("Before our next appointment.");
    // Each refusal is on record against the assignment, naming nobody.
    const checks = await db.authorizationCheck.findMany({
      where: { assignmentId: assignment.id, allowed: false },
    });
    expect(checks).toHaveLength(2);
    expect(checks[0]).toMatchObject({
      clientId: client.userId,
      clientState: "VA",
      reason: "change: no_authorization: no authorization recorded in VA",
    });
  });

  it("still lets the clinician withdraw the work (pausing it is not treatment), and read it", async () => {
    const { clinician, assignment } = await clientMovesToVirginia();
    const withdrawn = await updateAssignment(clinician, assignment.id, { withdraw: true });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect((await getClinicianAssignment(clinician, assignment.id)).status).toBe("WITHDRAWN");
  });

  it("applies to every week of a repeat series, while withdrawing the rest of the series still works", async () => {
    const practice = await createPractice();
    const clinician = actorFor(await createClinician(practice.id, [{ state: "TN" }]));
    const client = actorFor(await createClient(practice.id, clinician.userId, { name: "Jordan Lee" }));
    const first = inDays(1);
    const series = await createAssignments(clinician, {
      exercise: "weekly-trust-check-in",
      clientId: client.userId,
      dueAt: first.toISOString(),
      repeatWeeklyUntil: new Date(first.getTime() + 14 * DAY + 60_000).toISOString(),
    });
    expect(series.items).toHaveLength(3);
    await confirmMyLocation(client, { state: "VA" });
    const later = series.items[2]!;
    const error = await refusal(
      updateAssignment(clinician, later.id, { dueAt: new Date(Date.parse(later.dueAt) + DAY).toISOString() }),
    );
    expect(error.message).toBe(`You can't change Jordan's work: ${NO_VA}`);
    await updateAssignment(clinician, series.items[0]!.id, { withdraw: true, series: true });
    const statuses = await db.assignment.findMany({ where: { seriesId: series.seriesId! } });
    expect(statuses.map((a) => a.status)).toEqual(["WITHDRAWN", "WITHDRAWN", "WITHDRAWN"]);
  });
});

describe("reviewing and commenting need a licence where the client is now", () => {
  it("refuses marking reviewed, asking for a revision, feedback and notes; the record stays readable", async () => {
    const { clinician, assignment } = await clientMovesToVirginia();
    const reviewed = await refusal(reviewAssignment(clinician, assignment.id, { action: "reviewed" }));
    expect(reviewed.message).toBe(`You can't review or comment on Jordan's work: ${NO_VA}`);
    await refusal(reviewAssignment(clinician, assignment.id, { action: "revision", note: "Say more?" }));
    await refusal(createComment(clinician, assignment.id, { kind: "FEEDBACK", body: "Thank you." }));
    await refusal(createComment(clinician, assignment.id, { kind: "PRIVATE_NOTE", body: "Seems calmer." }));

    expect(await recipientState(assignment.id)).toBe("SUBMITTED");
    expect(await db.comment.count({ where: { assignmentId: assignment.id } })).toBe(0);
    // Reading is not treatment: the clinician still reads the work and its (empty) comments.
    expect(await listComments(clinician, assignment.id)).toEqual({ view: "clinician", comments: [] });
    expect((await getClinicianAssignment(clinician, assignment.id)).recipients[0]!.state).toBe("SUBMITTED");
  });

  it("refuses review once the licence has expired, with the date in the reason", async () => {
    const practice = await createPractice();
    const expiresAt = inDays(10);
    const clinician = actorFor(await createClinician(practice.id, [{ state: "TN", expiresAt }]));
    const client = actorFor(await createClient(practice.id, clinician.userId, { name: "Jordan Lee" }));
    const created = await createAssignments(clinician, {
      exercise: "weekly-trust-check-in",
      clientId: client.userId,
      dueAt: inDays(30).toISOString(),
    });
    const assignment = created.items[0]!;
    await send(client, assignment.id, checkInAnswers(5));
    const afterExpiry = inDays(11);
    const error = await refusal(
      reviewAssignment(clinician, assignment.id, { action: "reviewed" }, {}, afterExpiry),
    );
    expect(error.message).toMatch(/^You can't review or comment on Jordan's work: Jordan is in Tennessee/);
    expect(error.details.people).toEqual([expect.objectContaining({ code: "licence_expired" })]);
    await refusal(updateAssignment(clinician, assignment.id, { note: "Later" }, {}, afterExpiry));
    expect(await recipientState(assignment.id)).toBe("SUBMITTED");
    // Before it expired, the same review goes through.
    await reviewAssignment(clinician, assignment.id, { action: "reviewed" });
    expect(await recipientState(assignment.id)).toBe("REVIEWED");
  });

  it("allows all of it for a clinician licensed where the client now is, and records each check", async () => {
    const { clinician, assignment } = await clientMovesToVirginia([{ state: "TN" }, { state: "VA" }]);
    await updateAssignment(clinician, assignment.id, { dueAt: inDays(9).toISOString(), note: "No rush." });
    await createComment(clinician, assignment.id, { kind: "FEEDBACK", body: "Thank you." });
    await reviewAssignment(clinician, assignment.id, { action: "reviewed" });
    expect(await recipientState(assignment.id)).toBe("REVIEWED");
    const checks = await db.authorizationCheck.findMany({
      where: { assignmentId: assignment.id, clientState: "VA" },
      orderBy: { checkedAt: "asc" },
    });
    expect(checks.map((c) => [c.allowed, c.reason.split(":")[0]])).toEqual([
      [true, "change"],
      [true, "review"],
      [true, "review"],
    ]);
  });

  it("tells the prep page why, in words, before the clinician tries", async () => {
    const { clinician, client } = await clientMovesToVirginia();
    expect(await treatmentStanding(clinician, { clientId: client.userId }, "review")).toEqual({
      allowed: false,
      reasons: [`You can't review or comment on Jordan's work: ${NO_VA}`],
    });
    expect(await treatmentStanding(clinician, { clientIds: [client.userId] }, "change")).toEqual({
      allowed: false,
      reasons: [`You can't change Jordan's work: ${NO_VA}`],
    });
  });
});

describe("caseload reassignment to a clinician not licensed where the client is", () => {
  it("moves the client (they need a clinician) but the new clinician cannot change or review their work", async () => {
    const { practice, clinician, client, assignment } = await clientMovesToVirginia([
      { state: "TN" },
      { state: "VA" },
    ]);
    const admin = actorFor(await createUser(practice.id, "ADMIN"));
    const tnOnly: Actor = actorFor(await createClinician(practice.id, [{ state: "TN" }]));
    const moved = await reassignCaseload(
      admin,
      { fromClinicianId: clinician.userId, toClinicianId: tnOnly.userId, deactivate: false },
      {},
    );
    expect(moved.notLicensed).toEqual([expect.objectContaining({ clientId: client.userId, state: "VA" })]);
    await refusal(updateAssignment(tnOnly, assignment.id, { dueAt: inDays(9).toISOString() }));
    await refusal(reviewAssignment(tnOnly, assignment.id, { action: "reviewed" }));
    await refusal(createComment(tnOnly, assignment.id, { kind: "FEEDBACK", body: "Hello." }));
    // The history moved with the client and is readable to the new clinician.
    expect((await getClinicianAssignment(tnOnly, assignment.id)).recipients[0]!.state).toBe("SUBMITTED");
  });
});
