import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { rateLimited } from "@/lib/errors";

// Per-person send limits, counted in PostgreSQL (every app instance sees the same counts). Generous
// for a conversation, tight enough that a stuck client or a script cannot flood a thread or an inbox.
export const MESSAGE_BURST = { points: 20, seconds: 10 * 60 };
export const MESSAGE_DAILY = { points: 200, seconds: 24 * 60 * 60 };

const burst = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "message-send-burst",
  points: MESSAGE_BURST.points,
  duration: MESSAGE_BURST.seconds,
});
const daily = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "message-send-day",
  points: MESSAGE_DAILY.points,
  duration: MESSAGE_DAILY.seconds,
});

/** Counts one new message for this person, or throws 429 with Retry-After when a limit is used up. */
export async function consumeMessageSend(userId: string): Promise<void> {
  for (const limiter of [burst, daily]) {
    try {
      await limiter.consume(userId);
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      const ms = (rejection as { msBeforeNext?: number } | null)?.msBeforeNext;
      throw rateLimited(typeof ms === "number" ? Math.max(1, Math.ceil(ms / 1000)) : 60);
    }
  }
}
