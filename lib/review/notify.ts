import "server-only";
import { db } from "@/lib/db";
import { logError } from "@/lib/log";
import { appUrl, sendEmail } from "@/lib/mail";
import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";

// The one email the review loop sends: a client whose work was reopened hears that there is a note
// waiting. Like every Mend email it says who and what kind of event, and links to the page; never
// the note, the exercise or anything they wrote. Clients who turned emails off get none. A failure
// to send never undoes the review (it is logged without any personal data).

export function revisionEmail(input: {
  clientName: string;
  clinicianName: string;
  label: string;
  link: string;
}) {
  const paragraphs = [
    `Hi ${firstName(input.clientName, "there")},`,
    `${input.clinicianName} read your ${input.label} and asked you to take another look. There is a short note for you in Mend, and you can change your answers and send them again whenever you are ready.`,
  ];
  return {
    subject: `${input.clinicianName} asked you to take another look`,
    text: [...paragraphs, `Open it in Mend: ${input.link}`].join("\n\n"),
    html: [
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="${escapeHtml(input.link)}">Open it in Mend</a></p>`,
    ].join("\n"),
  };
}

export async function notifyRevisionRequested(input: {
  assignmentId: string;
  practiceId: string;
  clinicianName: string;
  clientIds: readonly string[];
}): Promise<void> {
  try {
    const [practice, clients] = await Promise.all([
      db.practice.findUnique({ where: { id: input.practiceId }, select: { assignmentLabel: true } }),
      db.user.findMany({
        where: {
          id: { in: [...input.clientIds] },
          practiceId: input.practiceId,
          emailOptOut: false,
          deactivatedAt: null,
        },
        select: { email: true, name: true },
      }),
    ]);
    for (const client of clients) {
      const email = revisionEmail({
        clientName: client.name,
        clinicianName: input.clinicianName,
        label: practice?.assignmentLabel ?? "reflection",
        link: appUrl(`/assignments/${input.assignmentId}`),
      });
      await sendEmail({ to: client.email, ...email });
    }
  } catch (error) {
    logError("review.revision_email_failed", error, { assignmentId: input.assignmentId });
  }
}
