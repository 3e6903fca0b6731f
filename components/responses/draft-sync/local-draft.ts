// The device copy of a draft, in localStorage under "mend:draft:v1:<userId>:<assignmentId>" (ids
// only: no text, names or other PHI in the key). A key exists only while its text is not yet
// confirmed by the server (offline, failing, or in conflict). Sign-out never removes one silently:
// the person is told and chooses to sync first, keep it (encrypted) for their next sign-in here,
// or delete it (components/shell/sign-out-guard.ts).
//
// Encrypted with AES-GCM (WebCrypto) under a per-user key the server puts in the completion page
// (lib/responses/draft-key.ts), so a copy left in a browser profile is unreadable without signing
// in as the same person. WebCrypto exists only on secure origins (https, localhost); on a plain-http
// origin the copy is kept unencrypted rather than not at all (never losing what was written comes
// first); production is served over https, so this applies to development setups only.
import type { StoredAnswers } from "@/lib/responses/answers";
import type { LocalDraft } from "./draft-sync";

const PREFIX = "mend:draft:v1:";

export function draftStorageKey(userId: string, assignmentId: string): string {
  return `${PREFIX}${userId}:${assignmentId}`;
}

/** Whether a localStorage key holds a draft's device copy. */
export function isDraftStorageKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** The assignment ids with device copies of this user's drafts (not confirmed by the server). */
export function unsyncedDraftAssignments(userId: string): string[] {
  const store = storage();
  if (!store) return [];
  const mine = `${PREFIX}${userId}:`;
  return Object.keys(store)
    .filter((k) => k.startsWith(mine))
    .map((k) => k.slice(mine.length));
}

/** Dispatched on window before sign-out: each open form adds its flush() to `waits`. */
export const FLUSH_DRAFTS_EVENT = "mend:flush-drafts";
export type FlushRequest = { waits: Promise<void>[] };

type Sealed<T> = { v: 1; iv: string; data: string } | { v: 1; plain: T };

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(new ArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function subtle(): SubtleCrypto | null {
  return typeof crypto !== "undefined" && crypto.subtle ? crypto.subtle : null;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function isLocalDraft(value: unknown): value is LocalDraft {
  const v = value as LocalDraft | null;
  return (
    !!v &&
    typeof v === "object" &&
    typeof v.baseVersion === "number" &&
    typeof v.answers === "object" &&
    typeof v.base === "object"
  );
}

/**
 * Reads and writes one value's encrypted device copy (a draft; messages waiting to be sent, in
 * components/messages). Writes are asynchronous (encryption); a later write or a removal always wins
 * over an earlier write still being encrypted. `isValid` sets aside anything that is not a T.
 */
export class SealedStore<T> {
  private key: Promise<CryptoKey | null>;
  private generation = 0;

  constructor(
    private readonly storageKey: string,
    rawKey: string,
    private readonly isValid: (value: unknown) => value is T,
  ) {
    const s = subtle();
    this.key = s
      ? s
          .importKey("raw", fromBase64(rawKey), { name: "AES-GCM" }, false, ["encrypt", "decrypt"])
          .catch(() => null)
      : Promise.resolve(null);
  }

  write(draft: T | null): void {
    const generation = ++this.generation;
    const store = storage();
    if (!store) return;
    if (draft === null) {
      store.removeItem(this.storageKey);
      return;
    }
    void this.seal(draft).then((sealed) => {
      if (generation !== this.generation) return;
      try {
        store.setItem(this.storageKey, JSON.stringify(sealed));
      } catch {
        // Storage full or disabled: the server copy and the retry loop still hold the text.
      }
    });
  }

  async read(): Promise<T | null> {
    const raw = storage()?.getItem(this.storageKey);
    if (!raw) return null;
    try {
      const sealed = JSON.parse(raw) as Sealed<T>;
      if ("plain" in sealed) return this.isValid(sealed.plain) ? sealed.plain : null;
      const key = await this.key;
      const s = subtle();
      if (!key || !s) return null;
      const plain = await s.decrypt(
        { name: "AES-GCM", iv: fromBase64(sealed.iv) },
        key,
        fromBase64(sealed.data),
      );
      const parsed: unknown = JSON.parse(new TextDecoder().decode(plain));
      return this.isValid(parsed) ? parsed : null;
    } catch {
      // Unreadable (another key, e.g. after a server secret change): set aside, never shown.
      return null;
    }
  }

  private async seal(draft: T): Promise<Sealed<T>> {
    const key = await this.key;
    const s = subtle();
    if (!key || !s) return { v: 1, plain: draft };
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await s.encrypt(
      { name: "AES-GCM", iv },
      key,
      new TextEncoder().encode(JSON.stringify(draft)),
    );
    return { v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
  }
}

/** One draft's device copy. */
export class LocalDraftStore extends SealedStore<LocalDraft> {
  constructor(storageKey: string, rawKey: string) {
    super(storageKey, rawKey, isLocalDraft);
  }
}

export type { StoredAnswers };
