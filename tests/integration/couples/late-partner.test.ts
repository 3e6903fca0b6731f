import { describe, expect, it } from "vitest";
import { createAssignments, updateAssignment } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/accept";
import { createInvitation } from "@/lib/invitations/service";
import { actorFor, createClient, createClinician, createPractice, unique } from "../../support/factories";

// A partner who joins a couple after work was given to it gets their own copy of the work still
// open, answering from the side nobody has taken; finished, withdrawn and past-due work is not
// copied, and a partner the jurisdiction rule does not allow gets none (the check is recorded).

const PASSWORD = "a calm river under the old bridge";
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

async function latestToken(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  return /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
}

async function coupleWithOnePartner() {
  const practice = await createPractice();
  const clinician = await createClinician(practice.id, [{ state: "TN" }]);
  const actor = actorFor(clinician);
  const couple = await db.couple.create({
    data: { practiceId: practice.id, clinicianId: clinician.id, name: unique("couple") },
  });
  const first = await createClient(practice.id, clinician.id, { coupleId: couple.id });
  const give = async (exercise: string, extra: Record<string, unknown> = {}) =>
    (
      await createAssignments(actor, {
        exercise,
        coupleId: couple.id,
        dueAt: inDays(7),
        ...(exercise === "slowing-down" ? { perspectives: { [first.id]: "was-hurt" } } : {}),
        // Tests give the same exercise again on purpose: not the duplicate warning under test.
        allowDuplicate: true,
        ...extra,
      })
    ).items[0]!;
  return { practice, clinician, actor, couple, first, give };
}

async function join(actor: ReturnType<typeof actorFor>, coupleId: string, state: "TN" | "CA") {
  const address = `${unique("partner")}@example.test`;
  await createInvitation(actor, {
    role: "CLIENT",
    email: address,
    name: "Sam Late",
    couple: { mode: "existing", coupleId },
  });
  await acceptInvitation({
    token: await latestToken(address),
    password: PASSWORD,
    state,
    consent: true,
    adult: true,
    agreement: true,
  });
  return db.user.findUniqueOrThrow({ where: { email: address }, select: { id: true } });
}

describe("a partner who joins later", () => {
  it("gets their own copy of the open work, from the side nobody has taken, and nothing finished", async () => {
    const { actor, couple, first, give } = await coupleWithOnePartner();
    const open = await give("slowing-down");
    const openCheckIn = await give("weekly-trust-check-in");
    const withdrawn = await give("weekly-trust-check-in");
    await updateAssignment(actor, withdrawn.id, { withdraw: true });
    const reviewed = await give("weekly-trust-check-in");
    await db.assignmentRecipient.updateMany({
      where: { assignmentId: reviewed.id },
      data: { state: "REVIEWED", submittedAt: new Date(), reviewedAt: new Date() },
    });
    const pastDue = await give("weekly-trust-check-in");
    await db.assignment.update({
      where: { id: pastDue.id },
      data: { dueAt: new Date(Date.now() - 86_400_000) },
    });

    const sam = await join(actor, couple.id, "TN");
    const copies = await db.assignmentRecipient.findMany({
      where: { clientId: sam.id },
      select: {
        assignmentId: true,
        perspectiveId: true,
        state: true,
        response: { select: { version: true } },
      },
    });
    expect(copies.map((c) => c.assignmentId).sort()).toEqual([open.id, openCheckIn.id].sort());
    expect(copies.find((c) => c.assignmentId === open.id)).toMatchObject({
      perspectiveId: "caused-harm",
      state: "ASSIGNED",
      response: { version: expect.any(Number) },
    });
    // The first partner's copies are untouched.
    expect(await db.assignmentRecipient.count({ where: { clientId: first.id } })).toBe(5);
    // Each copy is in the audit trail, and the jurisdiction check is recorded for the newcomer.
    const events = await db.auditEvent.findMany({
      where: { action: "assignment.copy_for_new_partner", clientId: sam.id },
      select: { subjectId: true },
    });
    expect(events.map((e) => e.subjectId).sort()).toEqual([open.id, openCheckIn.id].sort());
    expect(await db.authorizationCheck.count({ where: { clientId: sam.id, allowed: true } })).toBe(1);
  });

  it("gets no copy where the clinician may not give them work (the refusal is recorded)", async () => {
    const { actor, couple, give } = await coupleWithOnePartner();
    await give("weekly-trust-check-in");
    const sam = await join(actor, couple.id, "CA");
    expect(await db.assignmentRecipient.count({ where: { clientId: sam.id } })).toBe(0);
    expect(await db.authorizationCheck.count({ where: { clientId: sam.id, allowed: false } })).toBe(1);
    expect(await db.clientProfile.count({ where: { userId: sam.id, coupleId: couple.id } })).toBe(1);
  });
});
