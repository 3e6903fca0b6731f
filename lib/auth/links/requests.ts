import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { logError } from "@/lib/log";
import { allowLinkRequest, type LinkKind } from "@/lib/auth/sign-in/rate-limit";
import type { AuthEventMeta } from "@/lib/auth/audit";
import { hasLiveToken } from "./tokens";

// The shared shape of "email me a link" requests (password reset, magic link): the answer is the
// same words after about the same time whether or not the email has an account, and a failure to
// send is logged, never shown (showing it would tell that the account exists).

/** Every answer takes at least this long, so a quick "no such account" cannot be told apart. */
export const LINK_REQUEST_MIN_MS = 600;

const LINK_PURPOSE = {
  "password-reset": "PASSWORD_RESET",
  "magic-link": "MAGIC_LINK",
} as const satisfies Record<LinkKind, string>;

export type LinkRecipient = {
  id: string;
  practiceId: string;
  role: "ADMIN" | "CLINICIAN" | "CLIENT";
  email: string;
};

export async function handleLinkRequest(
  kind: LinkKind,
  email: string,
  meta: AuthEventMeta,
  eligible: (user: {
    role: LinkRecipient["role"];
    deactivatedAt: Date | null;
    passwordHash: string | null;
  }) => boolean,
  send: (user: LinkRecipient) => Promise<void>,
  options: { minDurationMs?: number } = {},
): Promise<void> {
  const started = Date.now();
  try {
    const verdict = await allowLinkRequest(kind, { email, ip: meta.ip ?? "unknown" });
    if (verdict === "drop") return;
    const user = await db.user.findUnique({
      where: { email },
      select: {
        id: true,
        practiceId: true,
        role: true,
        email: true,
        deactivatedAt: true,
        passwordHash: true,
      },
    });
    if (!user || !eligible(user)) return;
    if (verdict === "unless-live-link" && (await hasLiveToken(user.id, LINK_PURPOSE[kind]))) return;
    try {
      await send(user);
    } catch (error) {
      logError("auth.link_email_failed", error, { kind, requestId: meta.requestId });
    }
  } finally {
    const wait = (options.minDurationMs ?? LINK_REQUEST_MIN_MS) - (Date.now() - started);
    // A little jitter on top, so the two paths do not each have a tell-tale exact duration.
    if (wait > 0) await sleep(wait + Math.floor(Math.random() * 50));
  }
}
