import "server-only";
import { db } from "@/lib/db";
import { formatDay } from "@/lib/jurisdiction/dates";
import { appUrl, sendEmail } from "@/lib/mail";
import type { InvitationDto } from "./schemas";

// The invitation email: who invites whom to which practice, the link and how long it works.

export async function sendInvitationEmail(input: {
  to: string;
  name: string;
  role: InvitationDto["role"];
  token: string;
  expiresAt: Date;
  inviterName: string;
  practiceName: string;
  timeZone: string;
}): Promise<void> {
  const link = appUrl(`/invite/${input.token}`);
  const until = formatDay(input.expiresAt, input.timeZone);
  const what =
    input.role === "CLIENT"
      ? `${input.inviterName} at ${input.practiceName} has invited you to Mend, a private space for the work you do between therapy appointments.`
      : `${input.inviterName} has invited you to join ${input.practiceName} on Mend as a clinician.`;
  const text = [
    `Hello ${input.name},`,
    "",
    what,
    "",
    "Accept the invitation and choose your password here:",
    link,
    "",
    `This link works once and until ${until}. If it has expired, ask ${input.inviterName} to send a new one.`,
    "If you were not expecting this email, you can ignore it.",
    "",
    "Mend is not monitored in real time. If you need help right now, call or text 988, or call 911 in an emergency.",
  ].join("\n");
  await sendEmail({
    to: input.to,
    subject: input.role === "CLIENT" ? "You're invited to Mend" : `Join ${input.practiceName} on Mend`,
    text,
  });
}

/** Unscoped: the practice of the invitation being sent (the actor's own). */
export async function unsafePracticeName(practiceId: string): Promise<string> {
  const practice = await db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { name: true } });
  return practice.name;
}
