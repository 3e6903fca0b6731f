import { describe, expect, it } from "vitest";
import { createAssignments } from "@/lib/assignments/service";
import { listClients } from "@/lib/clients/caseload";
import { reassignCaseload } from "@/lib/data-rights/reassign";
import { createInvitation, listInvitations } from "@/lib/invitations/service";
import { getPracticeSettings } from "@/lib/practice/service";
import { resolveAuthSession, openAuthSession } from "@/lib/auth/sessions/store";
import { actorFor, createClinician, createUser, unique } from "../../support/factories";
import { soloPractice } from "./support";

// A solo practice: one account is the practice admin and a clinician (User.alsoClinician). It holds
// both permission sets; a plain admin still holds only the admin's.

describe("solo practice: an admin who also sees clients", () => {
  it("the session carries both roles for an admin marked as a clinician too", async () => {
    const s = await soloPractice();
    const sessionId = await openAuthSession(s.admin.id, "ADMIN");
    const actor = await resolveAuthSession(sessionId, 1);
    expect(actor).toMatchObject({ role: "ADMIN", alsoClinician: true });
  });

  it("administers the practice and works with their own caseload", async () => {
    const s = await soloPractice();
    expect((await getPracticeSettings(s.actor)).name).toBe(s.practice.name);

    const clients = await listClients(s.actor);
    expect(clients.individuals.map((c) => c.id)).toEqual([s.client.id]);

    const created = await createAssignments(s.actor, {
      exercise: "weekly-trust-check-in",
      clientId: s.client.id,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(created.items[0]!.recipients.map((r) => r.clientId)).toEqual([s.client.id]);

    // Invites both a client of their own and another clinician, and sees both invitations.
    await createInvitation(s.actor, {
      role: "CLIENT",
      email: `${unique("c")}@example.test`,
      name: "New Client",
    });
    await createInvitation(s.actor, {
      role: "CLINICIAN",
      email: `${unique("d")}@example.test`,
      name: "New Colleague",
    });
    const invitations = await listInvitations(s.actor);
    expect(invitations.map((i) => i.role).sort()).toEqual(["CLIENT", "CLINICIAN"]);
  });

  it("is a clinician whose caseload can be handed over, like any other", async () => {
    const s = await soloPractice();
    const colleague = await createClinician(s.practice.id, [{ state: "TN" }]);
    const result = await reassignCaseload(
      s.actor,
      {
        fromClinicianId: s.admin.id,
        toClinicianId: colleague.id,
        deactivate: false,
      },
      {},
    );
    expect(result.clients).toBe(1);
  });

  it("a plain admin still has no clinical access, and another clinician's invitations stay theirs", async () => {
    const s = await soloPractice();
    const plainAdmin = actorFor(await createUser(s.practice.id, "ADMIN"));
    await expect(listClients(plainAdmin)).rejects.toMatchObject({ status: 403 });
    await expect(
      createInvitation(plainAdmin, { role: "CLIENT", email: `${unique("c")}@example.test`, name: "X Y" }),
    ).rejects.toMatchObject({ status: 403 });

    const colleague = actorFor(await createClinician(s.practice.id));
    await createInvitation(colleague, {
      role: "CLIENT",
      email: `${unique("c")}@example.test`,
      name: "Their Client",
    });
    expect((await listInvitations(s.actor)).some((i) => i.name === "Their Client")).toBe(false);
  });
});
