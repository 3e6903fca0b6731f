import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password/hash";
import { db } from "@/lib/db";
import { acceptInvitationBody, createInvitationBody } from "@/lib/invitations/schemas";
import { acceptInvitation, previewInvitation } from "@/lib/invitations/accept";
import {
  createInvitation,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from "@/lib/invitations/service";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import {
  actorFor,
  createClient,
  createClinician,
  createPractice,
  createUser,
  unique,
} from "../../support/factories";

const PASSWORD = "a calm river under the old bridge";
const DAY = 86_400_000;

async function latestToken(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error("no invitation link in the email");
  return match[1]!;
}

async function setup() {
  const practice = await createPractice({ name: "Calm Counseling" });
  const clinician = await createClinician(practice.id, [{ state: "TN" }]);
  return { practice, clinician, actor: actorFor(clinician) };
}

const email = () => `${unique("invitee")}@example.test`;
const accept = (token: string, extra: Partial<Parameters<typeof acceptInvitation>[0]> = {}) =>
  acceptInvitation({ token, password: PASSWORD, state: "TN", consent: true, adult: true, ...extra });

describe("invitations", () => {
  it("emails a single-use link whose token is stored only as a hash, and accepting creates the client in one go", async () => {
    const { practice, clinician, actor } = await setup();
    const address = email();
    // The API parses the body with the operation's schema: emails are trimmed and lower-cased.
    const dto = await createInvitation(
      actor,
      createInvitationBody.parse({
        role: "CLIENT",
        email: ` ${address.toUpperCase()} `,
        name: " Robin Ash ",
      }),
    );
    expect(dto).toMatchObject({
      role: "CLIENT",
      email: address,
      name: "Robin Ash",
      status: "pending",
      couple: null,
    });
    expect(new Date(dto.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    expect(new Date(dto.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(7 * DAY);

    const token = await latestToken(address);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: dto.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(row.tokenHash).not.toContain(token);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: address } });
    expect(mail.text).toContain(`/invite/${token}`);
    expect(mail.text).toContain("Calm Counseling");
    expect(mail.text).toMatch(/988/);

    expect(await previewInvitation(token)).toMatchObject({
      status: "pending",
      name: "Robin Ash",
      practiceName: "Calm Counseling",
      invitedByName: clinician.name,
    });

    const result = await accept(token, { state: "VA", timeZone: "America/New_York" });
    expect(result).toEqual({ email: address, role: "CLIENT", home: "/home" });

    const user = await db.user.findUniqueOrThrow({
      where: { email: address },
      include: { clientProfile: { include: { locations: true } } },
    });
    expect(user).toMatchObject({
      practiceId: practice.id,
      role: "CLIENT",
      name: "Robin Ash",
      timeZone: "America/New_York",
    });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.clientProfile).toMatchObject({
      clinicianId: clinician.id,
      coupleId: null,
      currentState: "VA",
    });
    expect(user.clientProfile!.consentAcceptedAt).not.toBeNull();
    expect(user.clientProfile!.locations).toEqual([
      expect.objectContaining({ state: "VA", source: "SELF_ATTESTED" }),
    ]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: dto.id } })).acceptedAt).not.toBeNull();

    // Both steps are in the audit trail, with ids and kinds only (no names or emails).
    const events = await db.auditEvent.findMany({
      where: { subjectType: "Invitation", subjectId: dto.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["invitation.created", clinician.id],
      ["invitation.accepted", user.id],
    ]);
    expect(events[1]!.clientId).toBe(user.id);
    expect(JSON.stringify(events.map((e) => e.metadata))).not.toMatch(/Robin|invitee-/);

    // Single use.
    await expect(accept(token)).rejects.toMatchObject({ code: "conflict", details: { status: "accepted" } });
    expect(await previewInvitation(token)).toMatchObject({ status: "accepted" });
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });

  it("refuses an expired link, calmly, and creates nothing", async () => {
    const { actor } = await setup();
    const address = email();
    const dto = await createInvitation(actor, { role: "CLIENT", email: address, name: "Expired Person" });
    const token = await latestToken(address);
    await db.invitation.update({ where: { id: dto.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await previewInvitation(token)).toMatchObject({ status: "expired" });
    await expect(accept(token)).rejects.toMatchObject({ code: "conflict", details: { status: "expired" } });
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    expect((await listInvitations(actor, { status: "expired" })).map((i) => i.id)).toContain(dto.id);
  });

  it("refuses a revoked link", async () => {
    const { actor } = await setup();
    const address = email();
    const dto = await createInvitation(actor, { role: "CLIENT", email: address, name: "Revoked Person" });
    const token = await latestToken(address);
    const revoked = await revokeInvitation(actor, dto.id);
    expect(revoked.status).toBe("revoked");
    expect(await db.auditEvent.count({ where: { action: "invitation.revoked", subjectId: dto.id } })).toBe(1);
    expect(await previewInvitation(token)).toMatchObject({ status: "revoked" });
    await expect(accept(token)).rejects.toMatchObject({ code: "conflict", details: { status: "revoked" } });
    // A revoked invitation cannot be re-sent; an accepted one cannot be revoked.
    await expect(resendInvitation(actor, dto.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("re-sending issues a new 7-day link and kills the old one", async () => {
    const { actor } = await setup();
    const address = email();
    const dto = await createInvitation(actor, { role: "CLIENT", email: address, name: "Resent Person" });
    const oldToken = await latestToken(address);
    await db.invitation.update({ where: { id: dto.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const resent = await resendInvitation(actor, dto.id);
    expect(resent.status).toBe("pending");
    const newToken = await latestToken(address);
    expect(newToken).not.toBe(oldToken);
    expect(await db.outboxEmail.count({ where: { to: address } })).toBe(2);
    expect(await previewInvitation(oldToken)).toEqual({ status: "invalid" });
    await expect(accept(oldToken)).rejects.toMatchObject({ code: "not_found" });
    await accept(newToken);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "invitation.resent", subjectId: dto.id } })).toBe(1);
    await expect(revokeInvitation(actor, dto.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("checks the password policy, the location, consent and age before creating anything", async () => {
    const { actor } = await setup();
    const address = email();
    await createInvitation(actor, { role: "CLIENT", email: address, name: "Careful Person" });
    const token = await latestToken(address);
    await expect(accept(token, { password: "short" })).rejects.toMatchObject({
      code: "bad_request",
      details: [expect.objectContaining({ path: "password" })],
    });
    await expect(accept(token, { state: undefined })).rejects.toMatchObject({
      code: "bad_request",
      details: [expect.objectContaining({ path: "state" })],
    });
    expect(
      acceptInvitationBody.safeParse({ token, password: PASSWORD, state: "TN", consent: true, adult: false })
        .success,
    ).toBe(false);
    expect(
      acceptInvitationBody.safeParse({ token, password: PASSWORD, state: "TN", consent: false, adult: true })
        .success,
    ).toBe(false);
    expect(
      acceptInvitationBody.safeParse({ token, password: PASSWORD, state: "ZZ", consent: true, adult: true })
        .success,
    ).toBe(false);
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    expect(await previewInvitation(token)).toMatchObject({ status: "pending" });
  });

  it("refuses an unknown or malformed token without revealing anything", async () => {
    expect(await previewInvitation("x".repeat(43))).toEqual({ status: "invalid" });
    expect(await previewInvitation("../../etc")).toEqual({ status: "invalid" });
    await expect(accept("y".repeat(43))).rejects.toMatchObject({ code: "not_found" });
  });

  describe("couples", () => {
    it("creates a couple with its confidentiality agreement; the partner must confirm it and joins the couple", async () => {
      const { actor, clinician } = await setup();
      const first = email();
      const dto = await createInvitation(actor, {
        role: "CLIENT",
        email: first,
        name: "Ava Stone",
        couple: {
          mode: "new",
          name: "Ava & Ben",
          confidentiality: "LIMITED_SECRETS",
          note: "Ask me before sharing.",
        },
      });
      expect(dto.couple).toMatchObject({ name: "Ava & Ben" });
      const couple = await db.couple.findUniqueOrThrow({ where: { id: dto.couple!.id } });
      expect(couple).toMatchObject({
        clinicianId: clinician.id,
        confidentiality: "LIMITED_SECRETS",
        confidentialityNote: "Ask me before sharing.",
      });

      const token = await latestToken(first);
      expect(await previewInvitation(token)).toMatchObject({
        couple: { name: "Ava & Ben", confidentiality: "LIMITED_SECRETS", note: "Ask me before sharing." },
      });
      await expect(accept(token)).rejects.toMatchObject({
        code: "bad_request",
        details: [expect.objectContaining({ path: "agreement" })],
      });
      await accept(token, { agreement: true });

      const second = email();
      await createInvitation(actor, {
        role: "CLIENT",
        email: second,
        name: "Ben Stone",
        couple: { mode: "existing", coupleId: couple.id },
      });
      await accept(await latestToken(second), { agreement: true, state: "KY" });
      const members = await db.clientProfile.findMany({
        where: { coupleId: couple.id },
        select: { currentState: true, clinicianId: true },
      });
      expect(members).toHaveLength(2);
      expect(members.every((m) => m.clinicianId === clinician.id)).toBe(true);

      // A couple is two people.
      await expect(
        createInvitation(actor, {
          role: "CLIENT",
          email: email(),
          name: "Third",
          couple: { mode: "existing", coupleId: couple.id },
        }),
      ).rejects.toMatchObject({ code: "conflict" });
    });

    it("counts a pending invitation as the second seat", async () => {
      const { actor, practice, clinician } = await setup();
      const couple = await db.couple.create({
        data: { practiceId: practice.id, clinicianId: clinician.id, name: "Half" },
      });
      await createClient(practice.id, clinician.id, { coupleId: couple.id });
      await createInvitation(actor, {
        role: "CLIENT",
        email: email(),
        name: "Second",
        couple: { mode: "existing", coupleId: couple.id },
      });
      await expect(
        createInvitation(actor, {
          role: "CLIENT",
          email: email(),
          name: "Another",
          couple: { mode: "existing", coupleId: couple.id },
        }),
      ).rejects.toMatchObject({ code: "conflict" });
    });

    it("cannot join another clinician's couple (404)", async () => {
      const { actor, practice } = await setup();
      const colleague = await createClinician(practice.id);
      const couple = await db.couple.create({
        data: { practiceId: practice.id, clinicianId: colleague.id, name: "Theirs" },
      });
      await expect(
        createInvitation(actor, {
          role: "CLIENT",
          email: email(),
          name: "Sneaky",
          couple: { mode: "existing", coupleId: couple.id },
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    });
  });

  it("refuses to invite an email that already has an account, or already has a pending invitation", async () => {
    const { actor, practice, clinician } = await setup();
    const existing = await createClient(practice.id, clinician.id);
    await expect(
      createInvitation(actor, { role: "CLIENT", email: existing.email, name: "Dup" }),
    ).rejects.toMatchObject({ code: "conflict" });
    // Someone in another practice: the same answer, so nothing is learned about other practices.
    const other = await createPractice();
    const stranger = await createUser(other.id, "CLIENT");
    const answer = await createInvitation(actor, {
      role: "CLIENT",
      email: stranger.email,
      name: "Stranger",
    }).catch((e: Error) => e.message);
    const ours = await createInvitation(actor, { role: "CLIENT", email: existing.email, name: "Dup" }).catch(
      (e: Error) => e.message,
    );
    expect(answer).toBe(ours);

    const address = email();
    await createInvitation(actor, { role: "CLIENT", email: address, name: "Once" });
    await expect(
      createInvitation(actor, { role: "CLIENT", email: address, name: "Twice" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  describe("who may do what", () => {
    it("a client cannot invite anyone", async () => {
      const { practice, clinician } = await setup();
      const client = await createClient(practice.id, clinician.id);
      await expect(
        createInvitation(actorFor(client), { role: "CLIENT", email: email(), name: "X" }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(listInvitations(actorFor(client))).rejects.toMatchObject({ code: "forbidden" });
    });

    it("a clinician cannot invite clinicians, and an admin cannot invite clients", async () => {
      const { practice, actor } = await setup();
      const admin = await createUser(practice.id, "ADMIN");
      await expect(
        createInvitation(actor, { role: "CLINICIAN", email: email(), name: "X" }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        createInvitation(actorFor(admin), { role: "CLIENT", email: email(), name: "X" }),
      ).rejects.toMatchObject({ code: "forbidden" });
    });

    it("another clinician cannot see, revoke or re-send your invitations (404), nor can another practice's admin", async () => {
      const { practice, actor } = await setup();
      const dto = await createInvitation(actor, { role: "CLIENT", email: email(), name: "Mine" });
      const colleague = actorFor(await createClinician(practice.id));
      expect(await listInvitations(colleague)).toEqual([]);
      await expect(revokeInvitation(colleague, dto.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(resendInvitation(colleague, dto.id)).rejects.toMatchObject({ code: "not_found" });
      // The practice admin manages clinician invitations, not a clinician's client invitations.
      const admin = actorFor(await createUser(practice.id, "ADMIN"));
      expect((await listInvitations(admin)).map((i) => i.id)).not.toContain(dto.id);
      await expect(revokeInvitation(admin, dto.id)).rejects.toMatchObject({ code: "not_found" });
      expect((await listInvitations(actor)).map((i) => i.id)).toEqual([dto.id]);
      expect((await db.invitation.findUniqueOrThrow({ where: { id: dto.id } })).revokedAt).toBeNull();
    });

    it("an admin invites a clinician, who joins without a client profile; another practice's admin cannot touch it", async () => {
      const practice = await createPractice();
      const admin = actorFor(await createUser(practice.id, "ADMIN"));
      const address = email();
      const dto = await createInvitation(admin, { role: "CLINICIAN", email: address, name: "New Clinician" });
      expect((await listInvitations(admin)).map((i) => i.id)).toEqual([dto.id]);
      const otherAdmin = actorFor(await createUser((await createPractice()).id, "ADMIN"));
      expect(await listInvitations(otherAdmin)).toEqual([]);
      await expect(revokeInvitation(otherAdmin, dto.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(resendInvitation(otherAdmin, dto.id)).rejects.toMatchObject({ code: "not_found" });

      const result = await acceptInvitation({
        token: await latestToken(address),
        password: PASSWORD,
        consent: true,
        adult: true,
      });
      expect(result).toEqual({ email: address, role: "CLINICIAN", home: "/dashboard" });
      const user = await db.user.findUniqueOrThrow({
        where: { email: address },
        include: { clientProfile: true },
      });
      expect(user).toMatchObject({ role: "CLINICIAN", practiceId: practice.id, clientProfile: null });
    });
  });

  it("an invitation from a clinician who has since been deactivated no longer works", async () => {
    const { actor, clinician } = await setup();
    const address = email();
    await createInvitation(actor, { role: "CLIENT", email: address, name: "Orphan" });
    const token = await latestToken(address);
    await db.user.update({ where: { id: clinician.id }, data: { deactivatedAt: new Date() } });
    expect(await previewInvitation(token)).toMatchObject({ status: "revoked" });
    await expect(accept(token)).rejects.toMatchObject({ code: "conflict" });
  });
});
