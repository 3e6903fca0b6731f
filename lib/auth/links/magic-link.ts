import "server-only";
import { appUrl, sendEmail } from "@/lib/mail";
import { recordAuthEvent, type AuthEventMeta } from "@/lib/auth/audit";
import { handleLinkRequest } from "./requests";
import { issueToken, peekToken, TOKEN_TTL_MS } from "./tokens";
import { mayUseEmailLink } from "@/lib/policy/account";

// Sign-in links for clients (who often find a password one more hard thing). The link opens a page
// with a "Continue to Mend" button; only pressing it (a POST) uses the token, so a mail scanner that
// opens links cannot sign anyone in or burn the link. Staff always use password (and two-step).

const MINUTES = TOKEN_TTL_MS.MAGIC_LINK / 60_000;

export const MAGIC_LINK_REQUESTED_MESSAGE = `If that email belongs to a Mend client account, we have sent it a sign-in link. The link works once, for ${MINUTES} minutes. It can take a few minutes to arrive; check your spam folder too.`;

export async function requestMagicLink(
  input: { email: string },
  meta: AuthEventMeta = {},
  options: { minDurationMs?: number } = {},
): Promise<{ message: string }> {
  await handleLinkRequest(
    "magic-link",
    input.email,
    meta,
    mayUseEmailLink,
    async (user) => {
      const token = await issueToken(user.id, "MAGIC_LINK");
      const link = appUrl(`/sign-in/link?token=${token}`);
      await sendEmail({
        to: user.email,
        subject: "Your Mend sign-in link",
        text: [
          "Hello,",
          "",
          'Here is the sign-in link you asked for. Open it and press "Continue to Mend":',
          "",
          link,
          "",
          `The link works once, for ${MINUTES} minutes.`,
          "",
          "If you did not ask for it, you can ignore this email.",
          "",
          "Mend",
        ].join("\n"),
      });
      await recordAuthEvent({
        action: "auth.magic_link_requested",
        practiceId: user.practiceId,
        actorId: null,
        actorRole: null,
        subjectId: user.id,
        meta,
      });
    },
    options,
  );
  return { message: MAGIC_LINK_REQUESTED_MESSAGE };
}

/** Whether a sign-in link can still be used; looking does not use it up. */
export async function isMagicLinkUsable(token: string): Promise<boolean> {
  return (await peekToken(token, "MAGIC_LINK")) !== null;
}
