// The completion form's save loop, kept free of React and the DOM so it can be tested with fake
// timers. It owns two copies of the answers:
//   base    - the last copy the server confirmed, with its version;
//   current - what the client sees and types.
// Every change is handed to `persist` at once (the form keeps it on the device) and sent after a
// pause in typing. A failed send is retried with backoff until the server confirms; a stale
// version (409) is merged three-way, and real conflicts wait for the client to choose. The local
// copy is dropped only once the server holds exactly what the client sees.
import { sameAnswers, type StoredAnswers } from "@/lib/responses/answers";
import type { LockReason } from "@/lib/responses/schemas";
import { mergeAnswers, resolveConflict, type Conflict, type ConflictChoice } from "./merge";

export type PutResult =
  | { kind: "ok"; version: number; savedAt: string }
  | { kind: "stale"; version: number; answers: StoredAnswers }
  | { kind: "network" }
  | { kind: "unauthenticated" }
  | { kind: "locked"; reason: LockReason }
  | { kind: "rejected"; status: number; message: string };

export type SyncStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline"; attempt: number }
  | { kind: "conflict"; conflicts: Conflict[] }
  | { kind: "signed-out" }
  | { kind: "locked"; reason: LockReason }
  | { kind: "error"; message: string };

/** What is kept on the device while anything is unconfirmed. */
export type LocalDraft = { baseVersion: number; base: StoredAnswers; answers: StoredAnswers; at: string };

export type SyncSnapshot = { answers: StoredAnswers; version: number; status: SyncStatus; merged: boolean };

export type DraftSyncOptions = {
  put: (version: number, answers: StoredAnswers) => Promise<PutResult>;
  /** Keep (or, with null, forget) the device copy. Called synchronously on every change. */
  persist: (draft: LocalDraft | null) => void;
  onChange: (snapshot: SyncSnapshot) => void;
  isOnline?: () => boolean;
  debounceMs?: number;
  backoffMs?: readonly number[];
  now?: () => Date;
};

export const DEFAULT_DEBOUNCE_MS = 800;
export const DEFAULT_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000] as const;

export class DraftSync {
  private base: { version: number; answers: StoredAnswers };
  private current: StoredAnswers;
  private status: SyncStatus = { kind: "saved", at: null };
  /** The server's copy we are merging with while a conflict waits for the client. */
  private theirs: { version: number; answers: StoredAnswers } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  /** Set when another copy was merged in without conflict: the form says so once. */
  private merged = false;
  private disposed = false;
  private readonly o: Required<Omit<DraftSyncOptions, "isOnline">> & { isOnline: () => boolean };

  constructor(
    options: DraftSyncOptions,
    server: { version: number; answers: StoredAnswers },
    local: LocalDraft | null = null,
  ) {
    this.o = {
      put: options.put,
      persist: options.persist,
      onChange: options.onChange,
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
      now: options.now ?? (() => new Date()),
      isOnline: options.isOnline ?? (() => true),
    };
    this.base = { version: server.version, answers: server.answers };
    this.current = server.answers;
    if (local) this.restore(server, local);
  }

  /** Bring back a copy kept on this device: newer than the server's, or merged with it. */
  private restore(server: { version: number; answers: StoredAnswers }, local: LocalDraft): void {
    if (local.baseVersion === server.version) {
      this.current = local.answers;
    } else {
      const { merged, conflicts } = mergeAnswers(local.base, local.answers, server.answers);
      if (conflicts.length > 0) {
        this.base = { version: local.baseVersion, answers: local.base };
        this.current = local.answers;
        this.theirs = server;
        this.status = { kind: "conflict", conflicts };
        this.persist();
        return;
      }
      this.current = merged;
      this.merged = !sameAnswers(merged, local.answers);
    }
    if (sameAnswers(this.current, this.base.answers)) {
      this.o.persist(null);
    } else {
      this.persist();
      this.status = { kind: "pending" };
      this.schedule(0);
    }
  }

  snapshot(): SyncSnapshot {
    return { answers: this.current, version: this.base.version, status: this.status, merged: this.merged };
  }

  /** Whether everything the client sees is confirmed by the server. */
  get settled(): boolean {
    return (
      this.status.kind === "saved" && this.inFlight === null && sameAnswers(this.current, this.base.answers)
    );
  }

  /** The client changed something: keep it on the device now, send it after a pause. */
  edit(answers: StoredAnswers): void {
    this.current = answers;
    this.merged = false;
    this.persist();
    if (this.status.kind === "conflict" || this.status.kind === "locked") return this.emit();
    if (this.status.kind === "offline" || this.status.kind === "signed-out" || this.status.kind === "error") {
      // Keep the message (and the retry already planned) until a send succeeds.
      if (this.status.kind === "error") this.status = { kind: "pending" };
      this.emit();
      if (this.status.kind === "pending") this.schedule(this.o.debounceMs);
      return;
    }
    this.status = { kind: "pending" };
    this.emit();
    this.schedule(this.o.debounceMs);
  }

  /** Send now (before submitting, or when the connection comes back). */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.send();
    if (this.inFlight) await this.inFlight;
  }

  /** The browser says it is back online: retry at once instead of waiting for the backoff. */
  online(): void {
    if (this.status.kind === "offline" || this.status.kind === "pending") {
      this.clearTimer();
      void this.send();
    }
  }

  /** The client chose, per conflicting answer, which copy to keep. */
  resolve(choices: Record<string, ConflictChoice>): void {
    if (this.status.kind !== "conflict" || !this.theirs) return;
    const { merged, conflicts } = mergeAnswers(this.base.answers, this.current, this.theirs.answers);
    for (const conflict of conflicts)
      merged[conflict.promptId] = resolveConflict(conflict, choices[conflict.promptId] ?? "mine");
    this.base = this.theirs;
    this.theirs = null;
    this.current = merged;
    this.status = { kind: "pending" };
    this.persist();
    this.emit();
    this.schedule(0);
  }

  /** A submission was accepted with these answers at this version. */
  submitted(version: number, answers: StoredAnswers): void {
    this.base = { version, answers };
    if (sameAnswers(this.current, answers)) {
      this.clearTimer();
      this.status = { kind: "saved", at: this.o.now().toISOString() };
      this.o.persist(null);
    }
    this.emit();
  }

  /** A submission found a newer copy on the server (409): handled like a stale save. */
  stale(version: number, answers: StoredAnswers): void {
    this.handleStale({ version, answers });
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private persist(): void {
    this.o.persist({
      baseVersion: this.base.version,
      base: this.base.answers,
      answers: this.current,
      at: this.o.now().toISOString(),
    });
  }

  private emit(): void {
    if (!this.disposed) this.o.onChange(this.snapshot());
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.send();
    }, ms);
  }

  private async send(): Promise<void> {
    if (this.disposed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.status.kind === "conflict" || this.status.kind === "locked") return;
    if (sameAnswers(this.current, this.base.answers)) {
      this.status = {
        kind: "saved",
        at: this.status.kind === "saved" ? this.status.at : this.o.now().toISOString(),
      };
      this.o.persist(null);
      return this.emit();
    }
    if (!this.o.isOnline()) return this.retryLater();
    const sent = this.current;
    const version = this.base.version;
    this.status = { kind: "saving" };
    this.emit();
    this.inFlight = (async () => {
      let result: PutResult;
      try {
        result = await this.o.put(version, sent);
      } catch {
        result = { kind: "network" };
      }
      this.inFlight = null;
      if (this.disposed) return;
      this.handle(result, sent);
      if (this.again) {
        this.again = false;
        if (this.status.kind === "pending") {
          this.clearTimer();
          void this.send();
        }
      }
    })();
    await this.inFlight;
  }

  private handle(result: PutResult, sent: StoredAnswers): void {
    switch (result.kind) {
      case "ok":
        this.attempt = 0;
        this.base = { version: result.version, answers: sent };
        if (sameAnswers(this.current, sent)) {
          this.status = { kind: "saved", at: result.savedAt };
          this.o.persist(null);
          this.emit();
        } else {
          // Typed more while it was on its way: the device copy stays, the rest goes next.
          this.status = { kind: "pending" };
          this.persist();
          this.emit();
          this.schedule(this.o.debounceMs);
        }
        return;
      case "stale":
        return this.handleStale(result);
      case "network":
        return this.retryLater();
      case "unauthenticated":
        this.status = { kind: "signed-out" };
        this.persist();
        return this.emit();
      case "locked":
        this.clearTimer();
        this.status = { kind: "locked", reason: result.reason };
        this.persist();
        return this.emit();
      case "rejected":
        this.status = { kind: "error", message: result.message };
        this.persist();
        return this.emit();
    }
  }

  private handleStale(result: { version: number; answers: StoredAnswers }): void {
    this.attempt = 0;
    const { merged, conflicts } = mergeAnswers(this.base.answers, this.current, result.answers);
    if (conflicts.length > 0) {
      this.clearTimer();
      this.theirs = { version: result.version, answers: result.answers };
      this.status = { kind: "conflict", conflicts };
      this.persist();
      return this.emit();
    }
    this.merged = !sameAnswers(merged, this.current);
    this.base = { version: result.version, answers: result.answers };
    this.current = merged;
    if (sameAnswers(merged, result.answers)) {
      this.status = { kind: "saved", at: this.o.now().toISOString() };
      this.o.persist(null);
      return this.emit();
    }
    this.status = { kind: "pending" };
    this.persist();
    this.emit();
    this.schedule(0);
  }

  private retryLater(): void {
    this.attempt += 1;
    this.status = { kind: "offline", attempt: this.attempt };
    this.persist();
    this.emit();
    const delays = this.o.backoffMs;
    this.schedule(delays[Math.min(this.attempt - 1, delays.length - 1)] ?? 30_000);
  }
}
