import { describe, expect, it } from "vitest";
import { getClient, getCouple, listClients } from "@/lib/clients/caseload";
import { db } from "@/lib/db";
import { confirmMyLocation, getMyLocation, recordClientLocation } from "@/lib/locations/service";
import {
  actorFor,
  createClient,
  createClinician,
  createCouple,
  createPractice,
  createUser,
} from "../../support/factories";

const DAY = 86_400_000;

describe("client locations", () => {
  it("keeps every attestation as history and copies the latest onto the profile", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const client = await createClient(practice.id, clinician.id, {
      state: "TN",
      attestedAt: new Date(Date.now() - 10 * DAY),
    });
    const me = actorFor(client);
    const result = await confirmMyLocation(me, { state: "VA" });
    expect(result).toMatchObject({ state: "VA", stateName: "Virginia", needsConfirmation: null });
    await confirmMyLocation(me, { state: "VA" });

    expect(
      await db.auditEvent.count({
        where: { action: "location.confirmed", clientId: client.id, actorId: client.id },
      }),
    ).toBe(2);
    const rows = await db.clientLocation.findMany({
      where: { clientId: client.id },
      orderBy: { attestedAt: "asc" },
    });
    expect(rows.map((r) => r.state)).toEqual(["TN", "VA", "VA"]);
    expect(rows.every((r) => r.source === "SELF_ATTESTED")).toBe(true);
    const profile = await db.clientProfile.findUniqueOrThrow({ where: { userId: client.id } });
    expect(profile.currentState).toBe("VA");
    expect(profile.locationAttestedAt!.getTime()).toBe(rows[2]!.attestedAt.getTime());

    const detail = await getClient(actorFor(clinician), client.id);
    expect(detail.locationHistory.map((h) => h.state)).toEqual(["VA", "VA", "TN"]);
    expect(detail).toMatchObject({ state: "VA", locationNeedsConfirmation: null });
  });

  it("an older attestation (e.g. recorded late with a submission) never overwrites a newer current location", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const client = await createClient(practice.id, clinician.id, { state: "VA" });
    await db.$transaction((tx) =>
      recordClientLocation(tx, {
        clientId: client.id,
        state: "TN",
        source: "SUBMISSION",
        at: new Date(Date.now() - 5 * DAY),
      }),
    );
    expect((await db.clientProfile.findUniqueOrThrow({ where: { userId: client.id } })).currentState).toBe(
      "VA",
    );
    expect(await db.clientLocation.count({ where: { clientId: client.id } })).toBe(2);
  });

  it("asks the client to re-confirm once the location is older than the practice's limit", async () => {
    const practice = await createPractice({ locationMaxAgeDays: 14 });
    const clinician = await createClinician(practice.id);
    const fresh = await createClient(practice.id, clinician.id, {
      state: "TN",
      attestedAt: new Date(Date.now() - 13 * DAY),
    });
    const stale = await createClient(practice.id, clinician.id, {
      state: "TN",
      attestedAt: new Date(Date.now() - 15 * DAY),
    });
    const unknown = await createClient(practice.id, clinician.id, { state: null });
    expect(await getMyLocation(actorFor(fresh))).toMatchObject({ needsConfirmation: null, maxAgeDays: 14 });
    expect(await getMyLocation(actorFor(stale))).toMatchObject({ needsConfirmation: "stale", state: "TN" });
    expect(await getMyLocation(actorFor(unknown))).toMatchObject({
      needsConfirmation: "unknown",
      state: null,
    });

    const list = await listClients(actorFor(clinician));
    const byId = new Map(list.individuals.map((c) => [c.id, c.locationNeedsConfirmation]));
    expect(byId.get(stale.id)).toBe("stale");
    expect(byId.get(unknown.id)).toBe("unknown");
    expect(byId.get(fresh.id)).toBeNull();
  });

  it("only clients record their own location", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const admin = await createUser(practice.id, "ADMIN");
    await expect(confirmMyLocation(actorFor(clinician), { state: "TN" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(getMyLocation(actorFor(admin))).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the caseload", () => {
  it("lists a clinician's own individuals and couples, and nobody else's", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const colleague = await createClinician(practice.id);
    const mine = await createClient(practice.id, clinician.id, { name: "Mine Client" });
    const { couple } = await createCouple(practice.id, clinician.id);
    const theirs = await createClient(practice.id, colleague.id);
    const other = await createPractice();
    const stranger = await createClient(other.id, (await createClinician(other.id)).id);

    const list = await listClients(actorFor(clinician));
    expect(list.individuals.map((c) => c.id)).toEqual([mine.id]);
    expect(list.couples).toEqual([expect.objectContaining({ id: couple.id, pendingInvitations: 0 })]);
    expect(list.couples[0]!.partners).toHaveLength(2);

    const actor = actorFor(clinician);
    await expect(getClient(actor, theirs.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getClient(actor, stranger.id)).rejects.toMatchObject({ code: "not_found" });
    const { couple: theirCouple } = await createCouple(practice.id, colleague.id);
    await expect(getCouple(actor, theirCouple.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await getCouple(actor, couple.id)).partners).toHaveLength(2);

    await expect(listClients(actorFor(mine))).rejects.toMatchObject({ code: "forbidden" });
    await expect(listClients(actorFor(await createUser(practice.id, "ADMIN")))).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
