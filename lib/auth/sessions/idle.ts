// Shared by the server (lib/auth/sessions/store.ts) and the idle-timeout warning in the staff shells.

/** A session's lastSeenAt is written at most this often, so the server's idea of "last activity"
 * can lag the real one by up to this much. The browser counts its deadline with that margin. */
export const SESSION_TOUCH_EVERY_MS = 20_000;

/** Staff are warned this long before an idle sign-out. */
export const IDLE_WARNING_MS = 60_000;

/** While someone is actively using a page (typing, clicking) without loading anything, the browser
 * tells the server at most this often, so real work never counts as idle. */
export const ACTIVITY_PING_EVERY_MS = 4 * 60_000;
