// Opaque keyset cursors for a thread's messages: the (createdAt, id) of the oldest message of a page.
// Only a position: the next page is still read through the actor's scope.
import { badRequest } from "@/lib/errors";

export type MessageCursor = { createdAt: Date; id: string };

export function encodeMessageCursor(row: MessageCursor): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id]), "utf8").toString("base64url");
}

export function decodeMessageCursor(cursor: string): MessageCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [iso, id] = parsed as unknown[];
      if (typeof iso === "string" && typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id)) {
        const createdAt = new Date(iso);
        if (!Number.isNaN(createdAt.getTime())) return { createdAt, id };
      }
    }
  } catch {
    // the same answer as any other malformed cursor
  }
  throw badRequest("The cursor is not valid. Start again from the newest messages.", [
    { path: "cursor", message: "not a cursor from this API" },
  ]);
}
