import type { ThreadDto } from "./schemas";

// Who is in a thread, by side, for pages (which do not compare roles themselves). Pure.

export function threadClinician(thread: Pick<ThreadDto, "participants">) {
  return thread.participants.find((p) => p.role === "CLINICIAN") ?? null;
}

export function threadClients(thread: Pick<ThreadDto, "participants">) {
  return thread.participants.filter((p) => p.role === "CLIENT");
}
