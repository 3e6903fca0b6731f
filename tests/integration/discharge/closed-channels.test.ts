import { describe, expect, it } from "vitest";
import { createAppointment } from "@/lib/appointments/service";
import { dischargeClient, dischargeCouple, readmitClient } from "@/lib/discharge/service";
import { openConversation } from "@/lib/messages/pages";
import { messagesScenario, say } from "../messages/support";

// Discharge ends care: besides new work (discharge.test.ts) no new sessions are booked and the
// conversations close both ways, kept to read, until the clinician re-admits.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const DISCHARGE = { confirm: "DISCHARGE" } as const;

describe("what discharge closes", () => {
  it("no new session for a discharged client or couple; re-admitted, they can be booked again", async () => {
    const s = await messagesScenario();
    const { clinician } = s.actors;
    await dischargeClient(clinician, s.actors.client.userId, DISCHARGE);
    await dischargeCouple(clinician, s.couple.id, DISCHARGE);
    const session = { startsAt: inDays(2), durationMinutes: 50, modality: "VIDEO" as const };

    await expect(
      createAppointment(clinician, { ...session, clientId: s.actors.client.userId }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Re-admit them to schedule") });
    await expect(createAppointment(clinician, { ...session, coupleId: s.couple.id })).rejects.toMatchObject({
      status: 422,
      message: "This couple has been discharged. Re-admit them to schedule a session.",
    });

    await readmitClient(clinician, s.actors.client.userId);
    await expect(
      createAppointment(clinician, { ...session, clientId: s.actors.client.userId }),
    ).resolves.toMatchObject({ with: { kind: "client", id: s.actors.client.userId } });
  });

  it("closes the conversations both ways, keeps them readable, and says why on the page", async () => {
    const s = await messagesScenario();
    const { clinician, client, alex } = s.actors;
    await say(client, s.threads.individual.id, "Before discharge");
    await dischargeClient(clinician, client.userId, DISCHARGE);
    await dischargeCouple(clinician, s.couple.id, DISCHARGE);

    for (const [actor, thread] of [
      [client, s.threads.individual],
      [clinician, s.threads.individual],
      [alex, s.threads.alexPrivate],
      [clinician, s.threads.joint],
    ] as const) {
      await expect(say(actor, thread.id, "After discharge")).rejects.toMatchObject({
        status: 409,
        details: { reason: "discharged" },
      });
    }

    const clientPage = await openConversation(client, s.threads.individual.id, {}, {});
    expect(clientPage.initial.messages.map((m) => m.body)).toEqual(["Before discharge"]);
    expect(clientPage.closed).toMatch(/^Your care with this practice has ended/);
    const clinicianPage = await openConversation(clinician, s.threads.joint.id, {}, {});
    expect(clinicianPage.closed).toMatch(/Re-admit to write here again/);

    // Re-admitted: the conversation is open again, for both sides.
    await readmitClient(clinician, client.userId);
    expect((await openConversation(client, s.threads.individual.id, {}, {})).closed).toBeNull();
    await expect(say(client, s.threads.individual.id, "Back again").then((r) => r.created)).resolves.toBe(
      true,
    );
  });
});
