// The draft autosave's transport: one PUT of the whole answer set, its outcome read into the cases
// the save loop (draft-sync.ts) acts on. Network failures and overload are "network"
// (kept on the device, retried); a newer copy on the server is "stale" (merged three-way).
import type { PutResult } from "./draft-sync";
import type { StoredAnswers } from "@/lib/responses/answers";
import type { SaveResultDto } from "@/lib/responses/schemas";

type ErrorBody = {
  error?: { message?: string; details?: { reason?: string; version?: number; answers?: StoredAnswers } };
};

export async function putDraft(
  assignmentId: string,
  version: number,
  answers: StoredAnswers,
): Promise<PutResult> {
  const body = JSON.stringify({ version, answers });
  let response: Response;
  try {
    response = await fetch(`/api/v1/assignments/${encodeURIComponent(assignmentId)}/response`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body,
      credentials: "same-origin",
      // Lets the last save finish even if the tab is being closed (small bodies only).
      keepalive: body.length < 60_000,
    });
  } catch {
    return { kind: "network" };
  }
  const json = (await response.json().catch(() => null)) as SaveResultDto | ErrorBody | null;
  if (response.ok) {
    const data = json as SaveResultDto;
    return { kind: "ok", version: data.version, savedAt: data.savedAt };
  }
  const error = (json as ErrorBody | null)?.error;
  const details = error?.details;
  if (response.status === 409 && details?.reason === "stale" && typeof details.version === "number") {
    return { kind: "stale", version: details.version, answers: details.answers ?? {} };
  }
  // Spelled out rather than LOCK_REASONS: a value import of the schemas would ship zod to the page.
  const reason = details?.reason;
  if (
    response.status === 409 &&
    (reason === "reviewed" || reason === "withdrawn" || reason === "discharged")
  ) {
    return { kind: "locked", reason };
  }
  if (response.status === 401) return { kind: "unauthenticated" };
  if (response.status >= 500 || response.status === 429 || response.status === 408)
    return { kind: "network" };
  return { kind: "rejected", status: response.status, message: error?.message ?? "This could not be saved." };
}
