import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredAnswers } from "@/lib/responses/answers";
import {
  DraftSync,
  type LocalDraft,
  type PutResult,
  type SyncSnapshot,
} from "@/components/responses/draft-sync/draft-sync";

const text = (value: string, shared = false) => ({ value, shared });

function harness(
  server: { version: number; answers: StoredAnswers },
  options: { local?: LocalDraft | null; online?: () => boolean } = {},
) {
  const calls: { version: number; answers: StoredAnswers }[] = [];
  const replies: (PutResult | Promise<PutResult>)[] = [];
  let stored: LocalDraft | null = options.local ?? null;
  const snapshots: SyncSnapshot[] = [];
  const sync = new DraftSync(
    {
      put: async (version, answers) => {
        calls.push({ version, answers });
        const reply = replies.shift();
        if (!reply) throw new Error("no reply queued");
        return reply;
      },
      persist: (draft) => {
        stored = draft;
      },
      onChange: (s) => snapshots.push(s),
      isOnline: options.online,
    },
    server,
    options.local ?? null,
  );
  return { sync, calls, replies, snapshots, stored: () => stored, status: () => sync.snapshot().status.kind };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("DraftSync", () => {
  it("keeps every change on the device at once and sends it after a pause in typing", async () => {
    const h = harness({ version: 0, answers: {} });
    h.sync.edit({ a: text("H") });
    h.sync.edit({ a: text("Hello") });
    expect(h.stored()?.answers).toEqual({ a: text("Hello") });
    expect(h.status()).toBe("pending");
    await vi.advanceTimersByTimeAsync(799);
    expect(h.calls).toHaveLength(0);
    h.replies.push({ kind: "ok", version: 1, savedAt: "2025-01-01T00:00:00Z" });
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls).toEqual([{ version: 0, answers: { a: text("Hello") } }]);
    expect(h.status()).toBe("saved");
    // Confirmed by the server: nothing left on the device.
    expect(h.stored()).toBeNull();
    expect(h.sync.snapshot().version).toBe(1);
  });

  it("retries with backoff while offline, keeping the text, until the server confirms", async () => {
    const h = harness({ version: 3, answers: {} });
    h.sync.edit({ a: text("written offline") });
    h.replies.push(
      { kind: "network" },
      { kind: "network" },
      { kind: "ok", version: 4, savedAt: "2025-01-01T00:00:00Z" },
    );
    await vi.advanceTimersByTimeAsync(800);
    expect(h.status()).toBe("offline");
    expect(h.stored()?.answers).toEqual({ a: text("written offline") });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.calls).toHaveLength(2);
    expect(h.status()).toBe("offline");
    await vi.advanceTimersByTimeAsync(1_999);
    expect(h.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls).toHaveLength(3);
    expect(h.calls.every((c) => c.version === 3)).toBe(true);
    expect(h.status()).toBe("saved");
    expect(h.stored()).toBeNull();
  });

  it("does not try while the browser says offline, and sends at once when it comes back", async () => {
    let online = false;
    const h = harness({ version: 0, answers: {} }, { online: () => online });
    h.sync.edit({ a: text("on the train") });
    await vi.advanceTimersByTimeAsync(800);
    expect(h.calls).toHaveLength(0);
    expect(h.status()).toBe("offline");
    online = true;
    h.replies.push({ kind: "ok", version: 1, savedAt: "2025-01-01T00:00:00Z" });
    h.sync.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls).toHaveLength(1);
    expect(h.status()).toBe("saved");
  });

  it("merges a stale save without asking when the other copy changed different answers", async () => {
    const h = harness({ version: 1, answers: { a: text("base") } });
    h.sync.edit({ a: text("base"), b: text("mine") });
    h.replies.push(
      { kind: "stale", version: 2, answers: { a: text("from the phone") } },
      { kind: "ok", version: 3, savedAt: "2025-01-01T00:00:00Z" },
    );
    await vi.advanceTimersByTimeAsync(800);
    // (a timer set during a tick fires one fake millisecond later)
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls[1]).toEqual({ version: 2, answers: { a: text("from the phone"), b: text("mine") } });
    expect(h.status()).toBe("saved");
    expect(h.sync.snapshot().answers).toEqual({ a: text("from the phone"), b: text("mine") });
  });

  it("stops on a real conflict, keeps both, and continues with the client's choice", async () => {
    const h = harness({ version: 1, answers: { a: text("base") } });
    h.sync.edit({ a: text("laptop words") });
    h.replies.push({ kind: "stale", version: 2, answers: { a: text("phone words") } });
    await vi.advanceTimersByTimeAsync(800);
    const status = h.sync.snapshot().status;
    expect(status.kind).toBe("conflict");
    if (status.kind === "conflict")
      expect(status.conflicts[0]).toMatchObject({
        promptId: "a",
        mine: text("laptop words"),
        theirs: text("phone words"),
      });
    // Nothing is sent while the client decides, and their text stays on the device.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls).toHaveLength(1);
    expect(h.stored()?.answers).toEqual({ a: text("laptop words") });
    h.replies.push({ kind: "ok", version: 3, savedAt: "2025-01-01T00:00:00Z" });
    h.sync.resolve({ a: "both" });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls[1]).toEqual({ version: 2, answers: { a: text("laptop words\n\nphone words") } });
    expect(h.status()).toBe("saved");
  });

  it("restores a device copy newer than the server's and sends it", async () => {
    const local: LocalDraft = {
      baseVersion: 2,
      base: { a: text("saved") },
      answers: { a: text("saved and more") },
      at: "2025-01-01T00:00:00Z",
    };
    const h = harness({ version: 2, answers: { a: text("saved") } }, { local });
    expect(h.sync.snapshot().answers).toEqual({ a: text("saved and more") });
    h.replies.push({ kind: "ok", version: 3, savedAt: "2025-01-01T00:00:00Z" });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls).toEqual([{ version: 2, answers: { a: text("saved and more") } }]);
    expect(h.stored()).toBeNull();
  });

  it("on restore, a server copy changed elsewhere meanwhile is a conflict, not an overwrite", () => {
    const local: LocalDraft = {
      baseVersion: 2,
      base: { a: text("saved") },
      answers: { a: text("offline edit") },
      at: "2025-01-01T00:00:00Z",
    };
    const h = harness({ version: 4, answers: { a: text("other device edit") } }, { local });
    expect(h.status()).toBe("conflict");
    expect(h.sync.snapshot().answers).toEqual({ a: text("offline edit") });
  });

  it("drops a device copy that the server already has", () => {
    const local: LocalDraft = {
      baseVersion: 1,
      base: {},
      answers: { a: text("same") },
      at: "2025-01-01T00:00:00Z",
    };
    const h = harness({ version: 2, answers: { a: text("same") } }, { local });
    expect(h.status()).toBe("saved");
    expect(h.stored()).toBeNull();
  });

  it("keeps the text on the device when signed out or locked, and stops sending", async () => {
    const h = harness({ version: 0, answers: {} });
    h.sync.edit({ a: text("precious") });
    h.replies.push({ kind: "unauthenticated" });
    await vi.advanceTimersByTimeAsync(800);
    expect(h.status()).toBe("signed-out");
    expect(h.stored()?.answers).toEqual({ a: text("precious") });
    const locked = harness({ version: 0, answers: {} });
    locked.sync.edit({ a: text("too late") });
    locked.replies.push({ kind: "locked", reason: "reviewed" });
    await vi.advanceTimersByTimeAsync(800);
    expect(locked.status()).toBe("locked");
    expect(locked.stored()?.answers).toEqual({ a: text("too late") });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(locked.calls).toHaveLength(1);
  });

  it("sends what was typed while a save was on its way, after it", async () => {
    const h = harness({ version: 0, answers: {} });
    let release!: (r: PutResult) => void;
    h.replies.push(new Promise<PutResult>((resolve) => (release = resolve)));
    h.sync.edit({ a: text("first") });
    await vi.advanceTimersByTimeAsync(800);
    h.sync.edit({ a: text("first and second") });
    release({ kind: "ok", version: 1, savedAt: "2025-01-01T00:00:00Z" });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.status()).toBe("pending");
    expect(h.stored()?.answers).toEqual({ a: text("first and second") });
    h.replies.push({ kind: "ok", version: 2, savedAt: "2025-01-01T00:00:01Z" });
    await vi.advanceTimersByTimeAsync(800);
    expect(h.calls.map((c) => c.version)).toEqual([0, 1]);
    expect(h.status()).toBe("saved");
  });
});
