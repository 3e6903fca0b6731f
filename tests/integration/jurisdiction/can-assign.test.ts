import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  assertCanAssign,
  attachChecksToAssignment,
  canAssign,
  checkJurisdiction,
} from "@/lib/jurisdiction/service";
import { confirmMyLocation } from "@/lib/locations/service";
import {
  actorFor,
  createClient,
  createClinician,
  createCouple,
  createPractice,
  createUser,
  unique,
} from "../../support/factories";

const DAY = 86_400_000;

async function licence(
  practiceId: string,
  clinicianId: string,
  data: Partial<{
    state: string;
    kind: "STATE_LICENSE" | "COMPACT_PRIVILEGE";
    profession: "LMFT" | "LPC" | "RESIDENT_MFT";
    status: "ACTIVE" | "SUSPENDED" | "EXPIRED" | "PENDING";
    expiresAt: Date;
    verifiedAt: Date | null;
    compact: "COUNSELING" | null;
    homeState: string | null;
    homeAuthorizationId: string | null;
  }> = {},
) {
  return db.clinicianAuthorization.create({
    data: {
      practiceId,
      clinicianId,
      profession: data.profession ?? "LMFT",
      kind: data.kind ?? "STATE_LICENSE",
      state: data.state ?? "TN",
      number: unique("lic"),
      status: data.status ?? "ACTIVE",
      expiresAt: data.expiresAt ?? new Date(Date.now() + 365 * DAY),
      verifiedAt: data.verifiedAt === undefined ? new Date(Date.now() - DAY) : data.verifiedAt,
      compact: data.compact ?? null,
      homeState: data.homeState ?? null,
      homeAuthorizationId: data.homeAuthorizationId ?? null,
    },
  });
}

async function checksFor(clientId: string) {
  return db.authorizationCheck.findMany({ where: { clientId }, orderBy: { checkedAt: "asc" } });
}

async function expect422(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected a 422");
    },
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: "unprocessable", status: 422 });
  return error as {
    message: string;
    details: {
      reason: string;
      people: { clientId: string; state: string | null; code: string; message: string }[];
    };
  };
}

describe("canAssign: the jurisdiction rule against the database", () => {
  it("allows a clinician with an active, verified licence in the client's state, and records the check", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const client = await createClient(practice.id, clinician.id, { state: "TN", name: "Riley Stone" });
    const result = await assertCanAssign(actorFor(clinician), { clientIds: [client.id] });
    expect(result.allowed).toBe(true);
    expect(result.people).toEqual([
      expect.objectContaining({
        clientId: client.id,
        state: "TN",
        stateName: "Tennessee",
        allowed: true,
        code: "allowed",
      }),
    ]);
    const [check] = await checksFor(client.id);
    expect(check).toMatchObject({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientId: client.id,
      clientState: "TN",
      allowed: true,
      authorizationId: result.people[0]!.authorizationId,
    });
    expect(check!.reason).toMatch(/^allowed:/);
    expect(result.checkIds).toEqual([check!.id]);
  });

  it("refuses a TN-only clinician for a client in Virginia with a 422 naming the person and the state, and records it", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const client = await createClient(practice.id, clinician.id, { state: "VA", name: "Jordan Lee" });
    const error = await expect422(assertCanAssign(actorFor(clinician), { clientIds: [client.id] }));
    expect(error.message).toBe(
      "You can't assign work to Jordan: Jordan is in Virginia and you hold no active, verified Virginia licence or compact privilege.",
    );
    expect(error.details.reason).toBe("jurisdiction");
    expect(error.details.people).toEqual([
      expect.objectContaining({ clientId: client.id, state: "VA", code: "no_authorization" }),
    ]);
    const checks = await checksFor(client.id);
    expect(checks).toEqual([
      expect.objectContaining({
        allowed: false,
        clientState: "VA",
        authorizationId: null,
        reason: "no_authorization: no authorization recorded in VA",
      }),
    ]);
    // The stored reason names nobody.
    expect(checks[0]!.reason).not.toContain("Jordan");
  });

  it.each([
    ["an expired licence", { expiresAt: new Date(Date.now() - DAY) }, "licence_expired"],
    ["an unverified licence", { verifiedAt: null }, "licence_unverified"],
    ["a suspended licence", { status: "SUSPENDED" as const }, "licence_not_active"],
    ["a pending licence", { status: "PENDING" as const }, "licence_not_active"],
    [
      "a resident licence (no supervisor on record)",
      { profession: "RESIDENT_MFT" as const },
      "resident_needs_supervisor",
    ],
  ])("refuses %s in the client's state", async (_label, overrides, code) => {
    const practice = await createPractice();
    const clinician = await createUser(practice.id, "CLINICIAN");
    const lic = await licence(practice.id, clinician.id, { state: "VA", ...overrides });
    const client = await createClient(practice.id, clinician.id, { state: "VA" });
    const result = await canAssign(actorFor(clinician), { clientId: client.id });
    expect(result.allowed).toBe(false);
    expect(result.people[0]).toMatchObject({ code, state: "VA", authorizationId: lic.id });
    const [check] = await checksFor(client.id);
    expect(check).toMatchObject({ allowed: false, authorizationId: lic.id, clientState: "VA" });
    expect(check!.reason.startsWith(`${code}:`)).toBe(true);
  });

  it("refuses when the client's location is stale, until the client re-confirms it", async () => {
    const practice = await createPractice({ locationMaxAgeDays: 30 });
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const clientUser = await createClient(practice.id, clinician.id, {
      state: "TN",
      attestedAt: new Date(Date.now() - 31 * DAY),
    });
    const before = await canAssign(actorFor(clinician), { clientId: clientUser.id });
    expect(before.people[0]).toMatchObject({ allowed: false, code: "location_stale", state: "TN" });
    expect(before.people[0]!.message).toMatch(/more than 30 days ago/);

    await confirmMyLocation(actorFor(clientUser), { state: "TN" });
    const after = await canAssign(actorFor(clinician), { clientId: clientUser.id });
    expect(after.people[0]).toMatchObject({ allowed: true, code: "allowed" });
    expect((await checksFor(clientUser.id)).map((c) => c.allowed)).toEqual([false, true]);
  });

  it("refuses a client who never gave a location", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const client = await createClient(practice.id, clinician.id, { state: null });
    const result = await canAssign(actorFor(clinician), { clientId: client.id });
    expect(result.people[0]).toMatchObject({ allowed: false, code: "location_unknown", state: null });
    expect(await checksFor(client.id)).toEqual([
      expect.objectContaining({ allowed: false, clientState: null }),
    ]);
  });

  it("follows the client when they move: a TN licence no longer covers them once they say they are in Virginia", async () => {
    const practice = await createPractice();
    const clinician = await createUser(practice.id, "CLINICIAN");
    await licence(practice.id, clinician.id, { state: "TN", verifiedAt: new Date(Date.now() - 2 * DAY) });
    const client = await createClient(practice.id, clinician.id, {
      state: "TN",
      attestedAt: new Date(Date.now() - DAY),
    });
    expect((await canAssign(actorFor(clinician), { clientId: client.id })).allowed).toBe(true);
    const movedAt = new Date();
    await confirmMyLocation(actorFor(client), { state: "VA" });
    const now = await canAssign(
      actorFor(clinician),
      { clientId: client.id },
      new Date(movedAt.getTime() + 1000),
    );
    expect(now.people[0]).toMatchObject({ allowed: false, code: "no_authorization", state: "VA" });
    // Asked about a moment before the move, the answer is the one that held then.
    const earlier = await canAssign(
      actorFor(clinician),
      { clientId: client.id },
      new Date(movedAt.getTime() - 1000),
    );
    expect(earlier.people[0]).toMatchObject({ allowed: true, state: "TN" });
  });

  it("checks each partner of a couple: one partner in another state blocks the couple, with per-person results", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const { couple, partners } = await createCouple(practice.id, clinician.id, ["TN", "KY"]);
    const result = await canAssign(actorFor(clinician), { coupleId: couple.id });
    expect(result.allowed).toBe(false);
    const byId = new Map(result.people.map((p) => [p.clientId, p]));
    expect(byId.get(partners[0].id)).toMatchObject({ allowed: true, state: "TN" });
    expect(byId.get(partners[1].id)).toMatchObject({ allowed: false, state: "KY", code: "no_authorization" });
    expect(byId.get(partners[1].id)!.message).toMatch(
      /is in Kentucky and you hold no active, verified Kentucky licence/,
    );
    expect(await checksFor(partners[0].id)).toHaveLength(1);
    expect(await checksFor(partners[1].id)).toHaveLength(1);

    const error = await expect422(assertCanAssign(actorFor(clinician), { coupleId: couple.id }));
    expect(error.details.people.map((p) => p.clientId)).toEqual([partners[1].id]);
    expect(error.details.people[0]).toMatchObject({ state: "KY" });
  });

  it("allows a couple when both partners are in states where the clinician is licensed", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }, { state: "VA" }]);
    const { couple } = await createCouple(practice.id, clinician.id, ["TN", "VA"]);
    const result = await assertCanAssign(actorFor(clinician), { coupleId: couple.id });
    expect(result.people.map((p) => [p.state, p.allowed])).toEqual(
      expect.arrayContaining([
        ["TN", true],
        ["VA", true],
      ]),
    );
  });

  describe("compact privileges", () => {
    async function privilegeSetup(home: Parameters<typeof licence>[2]) {
      const practice = await createPractice();
      const clinician = await createUser(practice.id, "CLINICIAN");
      const homeLicence = await licence(practice.id, clinician.id, {
        state: "TN",
        profession: "LPC",
        ...home,
      });
      const privilege = await licence(practice.id, clinician.id, {
        state: "VA",
        profession: "LPC",
        kind: "COMPACT_PRIVILEGE",
        compact: "COUNSELING",
        homeState: "TN",
        homeAuthorizationId: homeLicence.id,
      });
      const client = await createClient(practice.id, clinician.id, { state: "VA" });
      return { clinician, client, privilege };
    }

    it("allow practice in the remote state while the home licence is active, current and verified", async () => {
      const { clinician, client, privilege } = await privilegeSetup({});
      const result = await canAssign(actorFor(clinician), { clientId: client.id });
      expect(result.people[0]).toMatchObject({ allowed: true, authorizationId: privilege.id });
    });

    it("are refused once the home licence has lapsed", async () => {
      const { clinician, client, privilege } = await privilegeSetup({
        expiresAt: new Date(Date.now() - DAY),
      });
      const result = await canAssign(actorFor(clinician), { clientId: client.id });
      expect(result.people[0]).toMatchObject({
        allowed: false,
        code: "privilege_home_invalid",
        authorizationId: privilege.id,
      });
      expect(result.people[0]!.message).toMatch(/depends on your home-state licence in Tennessee/);
    });

    it("ignore a home licence that belongs to someone else", async () => {
      const practice = await createPractice();
      const clinician = await createUser(practice.id, "CLINICIAN");
      const colleague = await createUser(practice.id, "CLINICIAN");
      const theirs = await licence(practice.id, colleague.id, { state: "TN", profession: "LPC" });
      await licence(practice.id, clinician.id, {
        state: "VA",
        profession: "LPC",
        kind: "COMPACT_PRIVILEGE",
        compact: "COUNSELING",
        homeState: "TN",
        homeAuthorizationId: theirs.id,
      });
      const client = await createClient(practice.id, clinician.id, { state: "VA" });
      expect((await canAssign(actorFor(clinician), { clientId: client.id })).people[0]).toMatchObject({
        code: "privilege_home_invalid",
      });
    });
  });

  describe("scoping", () => {
    it("answers 404 for another clinician's client, another practice's client and an unknown couple, recording nothing", async () => {
      const practice = await createPractice();
      const clinician = await createClinician(practice.id, [{ state: "TN" }]);
      const colleague = await createClinician(practice.id, [{ state: "TN" }]);
      const colleaguesClient = await createClient(practice.id, colleague.id);
      const other = await createPractice();
      const otherClinician = await createClinician(other.id, [{ state: "TN" }]);
      const othersClient = await createClient(other.id, otherClinician.id);
      const { couple: othersCouple } = await createCouple(other.id, otherClinician.id);
      const actor = actorFor(clinician);
      await expect(canAssign(actor, { clientId: colleaguesClient.id })).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(canAssign(actor, { clientId: othersClient.id })).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(canAssign(actor, { coupleId: othersCouple.id })).rejects.toMatchObject({
        code: "not_found",
      });
      // Mixing one's own client with someone else's is refused as a whole.
      const mine = await createClient(practice.id, clinician.id);
      await expect(
        assertCanAssign(actor, { clientIds: [mine.id, colleaguesClient.id] }),
      ).rejects.toMatchObject({ code: "not_found" });
      expect(await db.authorizationCheck.count({ where: { clinicianId: clinician.id } })).toBe(0);
    });

    it("is for clinicians only: clients and admins are refused with 403", async () => {
      const practice = await createPractice();
      const clinician = await createClinician(practice.id, [{ state: "TN" }]);
      const client = await createClient(practice.id, clinician.id);
      const admin = await createUser(practice.id, "ADMIN");
      await expect(canAssign(actorFor(client), { clientId: client.id })).rejects.toMatchObject({
        code: "forbidden",
        status: 403,
      });
      await expect(canAssign(actorFor(admin), { clientId: client.id })).rejects.toMatchObject({
        code: "forbidden",
      });
    });

    it("explains a couple nobody has joined yet with a 422", async () => {
      const practice = await createPractice();
      const clinician = await createClinician(practice.id, [{ state: "TN" }]);
      const couple = await db.couple.create({
        data: { practiceId: practice.id, clinicianId: clinician.id, name: "Empty" },
      });
      await expect(checkJurisdiction(actorFor(clinician), { coupleId: couple.id })).rejects.toMatchObject({
        code: "unprocessable",
      });
    });
  });

  it("the read check (used by the pages and GET /api/v1/jurisdiction/check) records its outcome too", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const client = await createClient(practice.id, clinician.id, { state: "VA" });
    const dto = await checkJurisdiction(actorFor(clinician), { clientId: client.id });
    expect(dto).not.toHaveProperty("checkIds");
    expect(dto).toMatchObject({
      allowed: false,
      people: [expect.objectContaining({ code: "no_authorization" })],
    });
    expect(await checksFor(client.id)).toHaveLength(1);
  });

  it("links the checks that allowed an assignment to it", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const client = await createClient(practice.id, clinician.id, { state: "TN" });
    const result = await assertCanAssign(actorFor(clinician), { clientIds: [client.id] });
    const version = await db.exerciseVersion.findFirstOrThrow({ select: { id: true } });
    const assignment = await db.assignment.create({
      data: {
        practiceId: practice.id,
        clinicianId: clinician.id,
        exerciseVersionId: version.id,
        dueAt: new Date(Date.now() + 7 * DAY),
      },
    });
    await db.$transaction((tx) => attachChecksToAssignment(result.checkIds, assignment.id, tx));
    expect(
      await db.authorizationCheck.findMany({
        where: { id: { in: result.checkIds } },
        select: { assignmentId: true },
      }),
    ).toEqual([{ assignmentId: assignment.id }]);
  });
});
