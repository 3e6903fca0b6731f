import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxStore, type PendingMessage } from "@/components/messages/outbox";

// Messages waiting on the device (offline) are kept like drafts: encrypted in localStorage under an
// ids-only key, readable again only with the same per-user key.

describe("the offline outbox on the device", () => {
  const storage = new Map<string, string>();
  beforeEach(() => {
    storage.clear();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
      key: (i: number) => [...storage.keys()][i] ?? null,
      get length() {
        return storage.size;
      },
    };
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  const rawKey = randomBytes(32).toString("base64url");
  const SECRET = "I relapsed on Friday and haven't told Sam";
  const pending: PendingMessage[] = [
    {
      idempotencyKey: "k-one-0001",
      body: SECRET,
      assignmentId: "asg_123",
      commentId: "cmt_456",
      writtenAt: "2026-03-01T20:15:00.000Z",
    },
    { idempotencyKey: "k-two-0002", body: "And one more thing", writtenAt: "2026-03-01T20:16:00.000Z" },
  ];

  /** Encryption is asynchronous: wait until the write has landed. */
  async function stored(key: string): Promise<string> {
    for (let i = 0; i < 100 && !storage.has(key); i++) await new Promise((r) => setTimeout(r, 10));
    return storage.get(key) ?? "";
  }

  it("writes only ciphertext under an ids-only key, and reads the same messages back", async () => {
    outboxStore("user-1", "thread-1", rawKey).write(pending);
    const key = "mend:outbox:v1:user-1:thread-1";
    const raw = await stored(key);
    expect([...storage.keys()]).toEqual([key]);
    const sealed = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(sealed).sort()).toEqual(["data", "iv", "v"]);
    for (const plain of [SECRET, "relapsed", "And one more thing", "k-one-0001", "asg_123", "cmt_456"])
      expect(raw).not.toContain(plain);

    // A fresh store (the next visit) with the same key gets exactly what was written.
    expect(await outboxStore("user-1", "thread-1", rawKey).read()).toEqual(pending);
    // Another key (another person on this browser, or a rotated secret) reads nothing.
    expect(await outboxStore("user-1", "thread-1", randomBytes(32).toString("base64url")).read()).toBeNull();
  });

  it("is emptied when nothing is waiting, even over a write still being encrypted", async () => {
    const store = outboxStore("user-1", "thread-1", rawKey);
    store.write(pending);
    store.write(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(storage.size).toBe(0);
    expect(await store.read()).toBeNull();
  });
});
