"use server";

import { redirect } from "next/navigation";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { requireActor } from "@/lib/auth/session";
import { reassignCaseload } from "@/lib/data-rights/reassign";
import { reassignInput } from "@/lib/data-rights/schemas";
import { isAppError } from "@/lib/errors";

// Move a clinician's caseload to another clinician (and deactivate them). Re-checks the actor; the
// service checks the admin permission, the practice of both clinicians, and records the audit.

export async function reassignCaseloadAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const from = String(formData.get("fromClinicianId") ?? "");
  const parsed = reassignInput.safeParse({
    fromClinicianId: from,
    toClinicianId: formData.get("toClinicianId"),
    deactivate: formData.get("deactivate") === "on",
  });
  const back = `/admin/people/${encodeURIComponent(from)}`;
  if (!parsed.success) redirect(`${back}?error=${encodeURIComponent("Choose who takes over.")}`);
  let target: string;
  try {
    const result = await reassignCaseload(actor, parsed.data, await pageRequestMeta());
    target = `${back}?moved=${result.clients}&to=${encodeURIComponent(result.to.id)}&unlicensed=${result.notLicensed.length}`;
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = `${back}?error=${encodeURIComponent(error.message)}`;
  }
  redirect(target);
}
