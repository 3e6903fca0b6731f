import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canAssign } from "@/lib/jurisdiction/service";
import { createLicenceBody, updateLicenceBody, verifyLicenceBody } from "@/lib/licences/schemas";
import {
  createLicence,
  getLicence,
  licenceWarnings,
  listLicences,
  updateLicence,
  verifyLicence,
} from "@/lib/licences/service";
import { actorFor, createClient, createClinician, createPractice, createUser } from "../../support/factories";

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

async function setup() {
  const practice = await createPractice();
  const clinician = await createUser(practice.id, "CLINICIAN");
  const admin = await createUser(practice.id, "ADMIN");
  return { practice, clinician: actorFor(clinician), admin: actorFor(admin) };
}

const vaLicence = (overrides: Record<string, unknown> = {}) =>
  createLicenceBody.parse({
    profession: "LMFT",
    state: "VA",
    number: "0712000099",
    expiresAt: isoDay(200),
    ...overrides,
  });

describe("licences", () => {
  it("a clinician records a licence; it is unverified until an admin verifies it, and only then allows assignments", async () => {
    const { practice, clinician, admin } = await setup();
    const client = await createClient(practice.id, clinician.userId, { state: "VA" });
    const created = await createLicence(
      clinician,
      vaLicence({ board: "Virginia Board of Counseling", issuedAt: isoDay(-300) }),
    );
    expect(created).toMatchObject({
      state: "VA",
      status: "ACTIVE",
      verifiedAt: null,
      current: false,
      clinicianId: clinician.userId,
      number: "0712000099",
    });
    // A date is the whole day: expiry at the end of it, issue at noon (both the same calendar day in the US).
    expect(created.expiresAt).toBe(`${isoDay(200)}T23:59:59.999Z`);
    expect(created.issuedAt).toBe(`${isoDay(-300)}T12:00:00.000Z`);
    expect((await canAssign(clinician, { clientId: client.id })).people[0]).toMatchObject({
      code: "licence_unverified",
    });

    const verified = await verifyLicence(
      admin,
      created.id,
      verifyLicenceBody.parse({
        verificationUrl: "https://dhp.virginiainteractive.org/Lookup/Index",
        note: "Checked the lookup",
      }),
    );
    expect(verified).toMatchObject({
      status: "ACTIVE",
      verifiedByName: admin.name,
      verificationUrl: "https://dhp.virginiainteractive.org/Lookup/Index",
      verificationNote: "Checked the lookup",
      current: true,
    });
    const row = await db.clinicianAuthorization.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.verifiedById).toBe(admin.userId);
    const audit = await db.auditEvent.findMany({ where: { subjectId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["licence.created", clinician.userId],
      ["licence.verified", admin.userId],
    ]);
    expect(row.verifiedAt).not.toBeNull();
    expect((await canAssign(clinician, { clientId: client.id })).people[0]).toMatchObject({ allowed: true });
  });

  it("an admin can record a status change found on the board (e.g. suspended), which blocks assignments", async () => {
    const { practice, clinician, admin } = await setup();
    const client = await createClient(practice.id, clinician.userId, { state: "VA" });
    const created = await createLicence(clinician, vaLicence());
    await verifyLicence(
      admin,
      created.id,
      verifyLicenceBody.parse({ status: "SUSPENDED", note: "Board shows a suspension" }),
    );
    expect((await canAssign(clinician, { clientId: client.id })).people[0]).toMatchObject({
      allowed: false,
      code: "licence_not_active",
    });
  });

  it("editing a verified licence sends it back for verification; editing an unverified one keeps it unverified", async () => {
    const { clinician, admin } = await setup();
    const created = await createLicence(clinician, vaLicence());
    await verifyLicence(admin, created.id, verifyLicenceBody.parse({}));
    const renewed = await updateLicence(
      clinician,
      created.id,
      updateLicenceBody.parse({ expiresAt: isoDay(565) }),
    );
    expect(renewed).toMatchObject({
      verifiedAt: null,
      verifiedByName: null,
      verificationUrl: null,
      current: false,
      expiresAt: `${isoDay(565)}T23:59:59.999Z`,
    });
    // Saving the same values again changes nothing.
    await verifyLicence(admin, created.id, verifyLicenceBody.parse({}));
    const same = await updateLicence(
      clinician,
      created.id,
      updateLicenceBody.parse({ number: "0712000099" }),
    );
    expect(same.verifiedAt).not.toBeNull();
  });

  it("only the clinician edits their licence: a colleague gets 404; an admin, a client or a colleague cannot verify or edit", async () => {
    const { practice, clinician, admin } = await setup();
    const created = await createLicence(clinician, vaLicence());
    const colleague = actorFor(await createClinician(practice.id));
    await expect(
      updateLicence(colleague, created.id, updateLicenceBody.parse({ number: "x" })),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(getLicence(colleague, created.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listLicences(colleague)).map((l) => l.id)).not.toContain(created.id);
    await expect(
      updateLicence(admin, created.id, updateLicenceBody.parse({ number: "x" })),
    ).rejects.toMatchObject({ code: "forbidden" });
    // A clinician cannot verify, not even their own licence.
    await expect(verifyLicence(clinician, created.id, verifyLicenceBody.parse({}))).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
    });
    const client = actorFor(await createClient(practice.id, clinician.userId));
    await expect(listLicences(client)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createLicence(client, vaLicence())).rejects.toMatchObject({ code: "forbidden" });
    expect(
      (await db.clinicianAuthorization.findUniqueOrThrow({ where: { id: created.id } })).verifiedAt,
    ).toBeNull();
  });

  it("an admin sees the practice's licences; another practice's admin sees none of them and cannot verify them", async () => {
    const { clinician, admin } = await setup();
    const created = await createLicence(clinician, vaLicence());
    expect((await listLicences(admin)).map((l) => l.id)).toContain(created.id);
    expect((await listLicences(admin, { clinicianId: clinician.userId })).map((l) => l.id)).toEqual([
      created.id,
    ]);
    const other = actorFor(await createUser((await createPractice()).id, "ADMIN"));
    expect(await listLicences(other)).toEqual([]);
    expect(await listLicences(other, { clinicianId: clinician.userId })).toEqual([]);
    await expect(getLicence(other, created.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(verifyLicence(other, created.id, verifyLicenceBody.parse({}))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(
      (await db.clinicianAuthorization.findUniqueOrThrow({ where: { id: created.id } })).verifiedAt,
    ).toBeNull();
  });

  describe("compact privileges", () => {
    it("must rest on one of the clinician's own licences in the home state", async () => {
      const { practice, clinician } = await setup();
      const home = await createLicence(
        clinician,
        createLicenceBody.parse({ profession: "LPC", state: "TN", number: "TN-1", expiresAt: isoDay(300) }),
      );
      const privilege = await createLicence(
        clinician,
        createLicenceBody.parse({
          kind: "COMPACT_PRIVILEGE",
          profession: "LPC",
          state: "VA",
          number: "PRIV-1",
          compact: "COUNSELING",
          homeState: "TN",
          homeAuthorizationId: home.id,
          expiresAt: isoDay(300),
        }),
      );
      expect(privilege).toMatchObject({
        kind: "COMPACT_PRIVILEGE",
        homeAuthorizationId: home.id,
        compact: "COUNSELING",
      });

      const colleague = actorFor(await createUser(practice.id, "CLINICIAN"));
      const theirs = await createLicence(
        colleague,
        createLicenceBody.parse({ profession: "LPC", state: "TN", number: "TN-2", expiresAt: isoDay(300) }),
      );
      const borrowing = createLicenceBody.parse({
        kind: "COMPACT_PRIVILEGE",
        profession: "LPC",
        state: "VA",
        number: "PRIV-2",
        compact: "COUNSELING",
        homeState: "TN",
        homeAuthorizationId: theirs.id,
        expiresAt: isoDay(300),
      });
      await expect(createLicence(clinician, borrowing)).rejects.toMatchObject({ code: "bad_request" });
      // Nor can a privilege rest on another privilege, or on a licence in another state.
      await expect(
        createLicence(clinician, { ...borrowing, homeAuthorizationId: privilege.id }),
      ).rejects.toMatchObject({ code: "bad_request" });
      const kentucky = await createLicence(
        clinician,
        createLicenceBody.parse({ profession: "LPC", state: "KY", number: "KY-1", expiresAt: isoDay(300) }),
      );
      await expect(
        createLicence(clinician, { ...borrowing, homeAuthorizationId: kentucky.id }),
      ).rejects.toMatchObject({ code: "bad_request" });
    });

    it("are refused for LMFTs (no MFT compact), and need a compact, a home state and a home licence", () => {
      const lmft = createLicenceBody.safeParse({
        kind: "COMPACT_PRIVILEGE",
        profession: "LMFT",
        state: "VA",
        number: "X",
        compact: "COUNSELING",
        homeState: "TN",
        homeAuthorizationId: "abc",
        expiresAt: isoDay(100),
      });
      expect(lmft.success).toBe(false);
      expect(lmft.error?.issues[0]?.message).toMatch(/no compact for marriage and family therapists/);
      const bare = createLicenceBody.safeParse({
        kind: "COMPACT_PRIVILEGE",
        profession: "LPC",
        state: "VA",
        number: "X",
        expiresAt: isoDay(100),
      });
      expect(bare.error?.issues.map((i) => i.path.join("."))).toEqual([
        "compact",
        "homeState",
        "homeAuthorizationId",
      ]);
    });

    it("an edit that breaks the cross-field rules is refused", async () => {
      const { clinician } = await setup();
      const created = await createLicence(clinician, vaLicence({ issuedAt: isoDay(-10) }));
      await expect(
        updateLicence(clinician, created.id, updateLicenceBody.parse({ expiresAt: isoDay(-20) })),
      ).rejects.toMatchObject({
        code: "bad_request",
        details: [expect.objectContaining({ path: "expiresAt" })],
      });
    });
  });

  it("warns the clinician 60, 30 and 7 days before expiry, and after it", async () => {
    const { clinician } = await setup();
    await createLicence(
      clinician,
      createLicenceBody.parse({ profession: "LMFT", state: "TN", number: "A", expiresAt: isoDay(100) }),
    );
    const soon = await createLicence(
      clinician,
      createLicenceBody.parse({ profession: "LMFT", state: "VA", number: "B", expiresAt: isoDay(5) }),
    );
    const month = await createLicence(
      clinician,
      createLicenceBody.parse({ profession: "LMFT", state: "KY", number: "C", expiresAt: isoDay(25) }),
    );
    const twoMonths = await createLicence(
      clinician,
      createLicenceBody.parse({ profession: "LMFT", state: "NC", number: "D", expiresAt: isoDay(50) }),
    );
    const lapsed = await createLicence(
      clinician,
      createLicenceBody.parse({
        profession: "LMFT",
        state: "GA",
        number: "E",
        expiresAt: isoDay(-3),
        issuedAt: isoDay(-400),
      }),
    );
    await createLicence(
      clinician,
      createLicenceBody.parse({
        profession: "LMFT",
        state: "AL",
        number: "F",
        expiresAt: isoDay(3),
        status: "REVOKED",
      }),
    );
    const warnings = await licenceWarnings(clinician);
    expect(warnings.map((w) => [w.licenceId, w.level])).toEqual([
      [lapsed.id, "expired"],
      [soon.id, "7"],
      [month.id, "30"],
      [twoMonths.id, "60"],
    ]);
    expect(warnings[1]!.message).toMatch(/^Your Virginia LMFT licence expires in 5 days/);
    // Admins and other clinicians get no reminders about this clinician.
    const { admin } = await setup();
    expect(await licenceWarnings(admin)).toEqual([]);
    expect((await listLicences(clinician)).find((l) => l.id === soon.id)?.warning?.level).toBe("7");
  });
});
