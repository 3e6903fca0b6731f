import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { groupForHome } from "@/components/assignments/client-assignments";
import { draftStorageKey, LocalDraftStore } from "@/components/responses/draft-sync/local-draft";
import type { ClientAssignmentDto } from "@/lib/assignments/schemas";
import type { LocalDraft } from "@/components/responses/draft-sync/draft-sync";

function item(id: string, extra: Partial<ClientAssignmentDto> = {}): ClientAssignmentDto {
  return {
    view: "client",
    id,
    exercise: { slug: "x", title: `Exercise ${id}`, version: 1, versionId: "v", estimatedMinutes: 5 },
    note: null,
    dueAt: "2025-03-10T18:00:00.000Z",
    status: "ACTIVE",
    withdrawnAt: null,
    seriesId: null,
    createdAt: "2025-03-01T00:00:00.000Z",
    clinicianName: "Dr. Morgan",
    couple: null,
    perspective: null,
    state: "ASSIGNED",
    submittedAt: null,
    reviewedAt: null,
    hasUnsentChanges: false,
    partner: null,
    ...extra,
  };
}

describe("groupForHome", () => {
  it("puts the soonest open work first as the next step, and sorts the rest into due, in progress, done and withdrawn", () => {
    const groups = groupForHome([
      item("later", { dueAt: "2025-03-20T18:00:00.000Z" }),
      item("started", { state: "IN_PROGRESS", dueAt: "2025-03-15T18:00:00.000Z" }),
      item("overdue", { dueAt: "2025-03-01T18:00:00.000Z" }),
      item("sent", { state: "SUBMITTED", submittedAt: "2025-03-02T00:00:00.000Z" }),
      item("reviewed", { state: "REVIEWED", submittedAt: "2025-02-01T00:00:00.000Z" }),
      item("gone", { status: "WITHDRAWN", withdrawnAt: "2025-03-03T00:00:00.000Z", state: "IN_PROGRESS" }),
    ]);
    expect(groups.next?.id).toBe("overdue");
    expect(groups.due.map((a) => a.id)).toEqual(["later"]);
    expect(groups.inProgress.map((a) => a.id)).toEqual(["started"]);
    expect(groups.done.map((a) => a.id)).toEqual(["sent", "reviewed"]);
    expect(groups.withdrawn.map((a) => a.id)).toEqual(["gone"]);
  });

  it("lists only the earliest open week of a repeating series", () => {
    const weeks = [1, 2, 3].map((n) =>
      item(`w${n}`, { seriesId: "s", dueAt: `2025-03-${10 + n}T18:00:00.000Z` }),
    );
    const groups = groupForHome([...weeks, item("other", { dueAt: "2025-03-30T18:00:00.000Z" })]);
    expect(groups.next?.id).toBe("w1");
    expect(groups.due.map((a) => a.id)).toEqual(["other"]);
    expect(groups.laterInSeries).toBe(2);
  });

  it("prefers work already started when two are due at the same time", () => {
    const groups = groupForHome([item("new"), item("started", { state: "IN_PROGRESS" })]);
    expect(groups.next?.id).toBe("started");
  });
});

describe("the device copy of a draft", () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
      key: (i: number) => [...store.keys()][i] ?? null,
      get length() {
        return store.size;
      },
    };
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  const key = randomBytes(32).toString("base64url");
  const draft: LocalDraft = {
    baseVersion: 3,
    base: {},
    answers: { a: { value: "something private", shared: false } },
    at: "2025-01-01T00:00:00Z",
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it("is stored encrypted under an id-only key and read back with the same key", async () => {
    const storageKey = draftStorageKey("user1", "assignment1");
    expect(storageKey).toBe("mend:draft:v1:user1:assignment1");
    const local = new LocalDraftStore(storageKey, key);
    local.write(draft);
    await settle();
    expect(store.get(storageKey)).toBeDefined();
    expect(store.get(storageKey)).not.toContain("private");
    expect(await new LocalDraftStore(storageKey, key).read()).toEqual(draft);
    // Another key (another person, or a rotated secret) cannot read it.
    expect(await new LocalDraftStore(storageKey, randomBytes(32).toString("base64url")).read()).toBeNull();
  });

  it("lets a removal win over a write still being encrypted", async () => {
    const local = new LocalDraftStore("mend:draft:v1:u:a", key);
    local.write(draft);
    local.write(null);
    await settle();
    expect(store.size).toBe(0);
  });
});
