import { z } from "zod";

// The client's news emails (lib/notifications/client-news.ts): what each is about, and the words the
// preferences page uses to turn each one off. Shared by the server and the preferences form.

export const CLIENT_NEWS_KINDS = ["assigned", "feedback", "revision"] as const;
export type ClientNewsKind = (typeof CLIENT_NEWS_KINDS)[number];
export const clientNewsKindSchema = z.enum(CLIENT_NEWS_KINDS);

export const CLIENT_NEWS_LABELS: Record<ClientNewsKind, { label: string; hint: string }> = {
  assigned: {
    label: "New work",
    hint: "When your therapist gives you something new (one email for a few at once).",
  },
  feedback: { label: "Feedback", hint: "When your therapist leaves you feedback." },
  revision: {
    label: "Another look",
    hint: "When your therapist asks you to take another look at something.",
  },
};

/** A person's notices go out once the newest is this old, so work given in a row becomes one email. */
export const CLIENT_NEWS_SETTLE_SECONDS = 120;
/** ...or once the oldest has waited this long, however much keeps arriving. */
export const CLIENT_NEWS_MAX_WAIT_SECONDS = 15 * 60;
/** After this, a notice that could not be sent (quiet hours, an outage) is no longer news. */
export const CLIENT_NEWS_WINDOW_MS = 3 * 24 * 3_600_000;

/** The job's singleton key: at most one waiting job per person and kind. */
export function clientNewsJobKey(userId: string, kind: ClientNewsKind): string {
  return `client-news:${userId}:${kind}`;
}
