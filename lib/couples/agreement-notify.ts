import "server-only";
import { db } from "@/lib/db";
import { alreadySent, appUrl, sendEmail } from "@/lib/mail";
import type { BuiltEmail } from "@/lib/notifications/emails";
import type { NotifyJob } from "@/lib/notifications/schemas";
import type { DeliveryOutcome, NotificationSettings, PlannedNotification } from "@/lib/notifications/service";
import { isQuietTime, safeTimeZone } from "@/lib/notifications/time";
import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";

// A proposed change to a couple's confidentiality agreement (./agreement.ts) waits for each partner to
// confirm it on /account/privacy. Each partner who has not confirmed is told once by email, through
// the job queue like every other client email: the periodic scan plans one `notify` job per partner
// and proposal, outside that partner's quiet hours, and the job re-checks everything when it runs
// (still waiting, still unconfirmed, not opted out, not quiet). The email's key is per proposal and
// partner, so a partner hears once about each proposal; a newer proposal is news of its own.
//
// Opt-out: "Email me reminders" off (User.emailOptOut) stops it, as it stops every client email. It
// has no switch of its own on /account/notifications (those are for news about work): it asks for
// consent to a change, and nothing changes without it, so it is one email per proposal at most; the
// home page notice says the same to a partner who has turned email off.
//
// What the email says: who asked, that it is about their privacy agreement, and a link. Never the
// agreement's wording or the clinician's note: either would tell whoever reads the inbox what the
// couple agreed to keep from each other.

/** The idempotency key (and job singleton key) of one partner's email about one proposal. */
export function agreementChangeKey(agreementId: string, clientId: string): string {
  return `agreement-change:${agreementId}:${clientId}`;
}

const FOOTER = "You get this email because you use Mend. Choose which emails Mend sends you:";

export function agreementChangeEmail(input: {
  clientName: string;
  clinicianName: string;
  link: string;
  preferencesLink: string;
}): BuiltEmail {
  const hi = `Hi ${firstName(input.clientName, "there")},`;
  const who = input.clinicianName || "Your therapist";
  const subject = `${who} asked you to confirm a change in Mend`;
  const body = `${who} proposed a change to your privacy agreement in Mend and asked you to read and confirm it. Nothing changes until it is confirmed.`;
  const text = [hi, body, `Read it in Mend: ${input.link}`, "", `${FOOTER} ${input.preferencesLink}`].join(
    "\n\n",
  );
  const html = [
    `<p>${escapeHtml(hi)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Read it in Mend</a></p>`,
    `<p style="color:#666;font-size:13px">${escapeHtml(FOOTER)} <a href="${escapeHtml(input.preferencesLink)}">Email settings</a></p>`,
  ].join("\n");
  return { subject, text, html };
}

/** Current partners of couples with a proposal waiting, who have not confirmed it and may be emailed. */
async function waitingPartners() {
  const pending = await db.coupleAgreement.findMany({
    where: { status: "PENDING" },
    select: { id: true, coupleId: true, confirmations: { select: { clientId: true } } },
  });
  if (pending.length === 0) return [];
  const partners = await db.clientProfile.findMany({
    where: {
      coupleId: { in: [...new Set(pending.map((p) => p.coupleId))] },
      closedAt: null,
      user: { deactivatedAt: null, emailOptOut: false },
    },
    select: { userId: true, coupleId: true, user: { select: { timeZone: true } } },
  });
  return pending.flatMap((a) => {
    const confirmed = new Set(a.confirmations.map((c) => c.clientId));
    return partners
      .filter((p) => p.coupleId === a.coupleId && !confirmed.has(p.userId))
      .map((p) => ({ agreementId: a.id, clientId: p.userId, timeZone: p.user.timeZone }));
  });
}

/** For the periodic scan: one email per waiting partner and proposal, outside their quiet hours. */
export async function planAgreementChangeNotifications(
  now: Date,
  settings: NotificationSettings,
): Promise<PlannedNotification[]> {
  const planned: PlannedNotification[] = (await waitingPartners())
    .filter((w) => !isQuietTime(now, safeTimeZone(w.timeZone), settings.quiet))
    .map((w) => ({
      key: agreementChangeKey(w.agreementId, w.clientId),
      job: { kind: "agreement-change", agreementId: w.agreementId, clientId: w.clientId },
    }));
  const sent = await alreadySent(planned.map((p) => p.key));
  return planned.filter((p) => !sent.has(p.key));
}

/** Sends one partner's email about one proposal, if it is still waiting for them at `now`. */
export async function deliverAgreementChange(
  job: Extract<NotifyJob, { kind: "agreement-change" }>,
  now: Date,
  settings: NotificationSettings,
): Promise<DeliveryOutcome> {
  const key = agreementChangeKey(job.agreementId, job.clientId);
  const agreement = await db.coupleAgreement.findUnique({
    where: { id: job.agreementId },
    select: {
      status: true,
      coupleId: true,
      confirmations: { where: { clientId: job.clientId }, select: { clientId: true } },
    },
  });
  // Confirmed, replaced by a newer proposal or withdrawn since it was planned: nothing to ask.
  if (!agreement || agreement.status !== "PENDING") return { outcome: "skipped", reason: "not-pending" };
  if (agreement.confirmations.length) return { outcome: "skipped", reason: "confirmed" };
  const profile = await db.clientProfile.findFirst({
    where: { userId: job.clientId, coupleId: agreement.coupleId, closedAt: null },
    select: {
      clinician: { select: { name: true } },
      user: {
        select: { id: true, email: true, name: true, timeZone: true, emailOptOut: true, deactivatedAt: true },
      },
    },
  });
  if (!profile) return { outcome: "skipped", reason: "not-a-partner" };
  const person = profile.user;
  if (person.deactivatedAt) return { outcome: "skipped", reason: "deactivated" };
  if (person.emailOptOut) return { outcome: "skipped", reason: "opted-out" };
  if (isQuietTime(now, safeTimeZone(person.timeZone), settings.quiet)) return { outcome: "quiet", key };
  const email = agreementChangeEmail({
    clientName: person.name,
    clinicianName: profile.clinician.name,
    link: appUrl("/account/privacy"),
    preferencesLink: appUrl("/account/notifications"),
  });
  const result = await sendEmail(
    { to: person.email, subject: email.subject, text: email.text, html: email.html },
    { idempotencyKey: key, userId: person.id },
  );
  return { outcome: result, key };
}
