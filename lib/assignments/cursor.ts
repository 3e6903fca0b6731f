// Opaque keyset cursors for assignment lists: the (dueAt, id) of the last row of a page. A cursor
// is only a position: the next page is still filtered by the actor's scope, so a cursor made from
// someone else's row reveals and reaches nothing.
import { badRequest } from "@/lib/errors";

export type Cursor = { dueAt: Date; id: string };

export function encodeCursor(row: { dueAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.dueAt.toISOString(), row.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [iso, id] = parsed as unknown[];
      if (typeof iso === "string" && typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id)) {
        const dueAt = new Date(iso);
        if (!Number.isNaN(dueAt.getTime())) return { dueAt, id };
      }
    }
  } catch {
    // fall through to the same answer as any other malformed cursor
  }
  throw badRequest("The cursor is not valid. Start again from the first page.", [
    { path: "cursor", message: "not a cursor from this API" },
  ]);
}
