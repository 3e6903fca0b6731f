import "server-only";
import { recordAudit, recordAuditMany } from "@/lib/audit/record";
import { issueToken } from "@/lib/auth/links/tokens";
import { db, Prisma } from "@/lib/db";
import { appUrl, sendEmail } from "@/lib/mail";
import { practiceSlug, type SetupInput } from "./schemas";

// First start of a real deployment (`npm run setup`, scripts/setup.ts): the practice and its first
// admin, made in one transaction with their audit events, and a one-time link to choose a password.
// The link is an ordinary password-reset token (lib/auth/links), so it opens the real
// /reset-password page; it lasts a day rather than half an hour because the operator running the
// command is often not the admin who will open it.
//
// The account is made by `adminAccount` alone; `--clinician` makes it a solo practice's admin who
// also sees clients (User.alsoClinician). Run again for an admin who never chose a password (the
// link expired or was lost), it issues a fresh link for that account instead of refusing.

export const SETUP_LINK_TTL_MS = 24 * 60 * 60_000;

/** An expected refusal: said to the operator as is, and nothing was written. */
export class SetupRefused extends Error {
  override name = "SetupRefused";
}

export type SetupResult = {
  practiceId: string;
  adminId: string;
  link: string;
  expiresAt: Date;
  /** Null when the link was handed to the mail transport; else why not (the printed link still works). */
  emailProblem: string | null;
  /** True when the account already existed without a password and only a fresh link was issued. */
  reissued: boolean;
};

const emailTaken = (email: string) =>
  new SetupRefused(`${email} already has a Mend account: nothing was created. Sign in with it instead.`);

function adminAccount(input: SetupInput, practiceId: string) {
  return {
    practiceId,
    role: "ADMIN" as const,
    email: input.adminEmail,
    name: input.adminName,
    timeZone: input.timeZone,
    alsoClinician: input.clinician,
    // No password until the link is used: nobody can sign in to the account before that.
    passwordHash: null,
  };
}

type Tx = Prisma.TransactionClient;

/**
 * The email has an account already. An admin who never chose a password, of the practice named
 * again, gets a fresh link (the old one stops working); anyone else is refused as before.
 */
async function reissueLink(
  tx: Tx,
  existing: { id: string; role: string; passwordHash: string | null; practiceId: string },
  input: SetupInput,
  slug: string,
  now: Date,
) {
  const practice = await tx.practice.findUniqueOrThrow({
    where: { id: existing.practiceId },
    select: { id: true, name: true, slug: true },
  });
  if (existing.role !== "ADMIN" || existing.passwordHash !== null) throw emailTaken(input.adminEmail);
  if (practice.slug !== slug) {
    throw new SetupRefused(
      `${input.adminEmail} is the admin of "${practice.name}" and has not chosen a password yet: run setup again with --practice "${practice.name}" for a fresh link. Nothing was changed.`,
    );
  }
  const token = await issueToken(existing.id, "PASSWORD_RESET", now, { tx, ttlMs: SETUP_LINK_TTL_MS });
  await recordAudit(
    null,
    {
      action: "people.setup_link_reissued",
      subjectType: "User",
      subjectId: existing.id,
      metadata: { via: "setup-command" },
    },
    {},
    { tx, practiceId: practice.id },
  );
  return { practiceId: practice.id, adminId: existing.id, token, reissued: true };
}

async function createPracticeAndAdmin(input: SetupInput, now: Date) {
  const slug = practiceSlug(input.practice);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: input.adminEmail },
        select: { id: true, role: true, passwordHash: true, practiceId: true },
      });
      if (existing) return reissueLink(tx, existing, input, slug, now);
      if (await tx.practice.findUnique({ where: { slug }, select: { id: true } })) {
        throw new SetupRefused(
          `A practice named like "${input.practice}" already exists: nothing was created. Invite more people from its admin pages instead.`,
        );
      }
      const practice = await tx.practice.create({
        data: { name: input.practice, slug, timeZone: input.timeZone },
        select: { id: true },
      });
      const admin = await tx.user.create({ data: adminAccount(input, practice.id), select: { id: true } });
      const token = await issueToken(admin.id, "PASSWORD_RESET", now, { tx, ttlMs: SETUP_LINK_TTL_MS });
      await recordAuditMany(
        null,
        [
          {
            action: "practice.created",
            subjectType: "Practice",
            subjectId: practice.id,
            metadata: { via: "setup-command" },
          },
          {
            action: "people.admin_created",
            subjectType: "User",
            subjectId: admin.id,
            metadata: { role: "ADMIN", alsoClinician: input.clinician, via: "setup-command" },
          },
        ],
        {},
        { tx, practiceId: practice.id },
      );
      return { practiceId: practice.id, adminId: admin.id, token, reissued: false };
    });
  } catch (error) {
    // Two setups racing for one email or name: the unique index decides, and the loser is told so.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new SetupRefused(
        `${input.adminEmail} or "${input.practice}" was taken meanwhile: nothing was created.`,
      );
    }
    throw error;
  }
}

export async function setUpPractice(input: SetupInput, now: Date = new Date()): Promise<SetupResult> {
  const { practiceId, adminId, token, reissued } = await createPracticeAndAdmin(input, now);
  const link = appUrl(`/reset-password?token=${token}`);
  const expiresAt = new Date(now.getTime() + SETUP_LINK_TTL_MS);
  let emailProblem: string | null = null;
  try {
    await sendEmail({
      to: input.adminEmail,
      subject: `Your Mend account for ${input.practice}`,
      text: [
        "Hello,",
        "",
        `An admin account for ${input.practice} has been made for this email address on Mend. Open this link to choose your password:`,
        "",
        link,
        "",
        "The link works once, for 24 hours. Then sign in with this email address and your new password.",
        "",
        "If you did not expect this, you can ignore this email.",
        "",
        "Mend",
      ].join("\n"),
    });
  } catch (error) {
    emailProblem = error instanceof Error ? error.message : String(error);
  }
  return { practiceId, adminId, link, expiresAt, emailProblem, reissued };
}
