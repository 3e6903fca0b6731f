"use server";

import { redirect } from "next/navigation";
import { reassignCaseload } from "@/lib/data-rights/reassign";
import { reassignInput } from "@/lib/data-rights/schemas";
import { formAction } from "@/lib/http/action";

// Move a clinician's caseload to another clinician (and deactivate them). The service checks the
// practice of both clinicians and records the audit; the gate checks who may ask at all.

const personPage = (raw: unknown) => {
  const from = (raw as { fromClinicianId?: string } | null)?.fromClinicianId ?? "";
  return `/admin/people/${encodeURIComponent(from)}`;
};

export const reassignCaseloadAction = formAction(
  {
    name: "people.reassign-caseload",
    access: { kind: "permission", permission: "manage:people" },
    input: reassignInput,
    read: (formData: FormData) => ({
      fromClinicianId: String(formData.get("fromClinicianId") ?? ""),
      toClinicianId: formData.get("toClinicianId"),
      deactivate: formData.get("deactivate") === "on",
    }),
    invalid: "Choose who takes over.",
    redirectOnFailure: (failure, _input, raw) =>
      `${personPage(raw)}?error=${encodeURIComponent(failure.message)}`,
  },
  async ({ actor, input, meta }) => {
    const result = await reassignCaseload(actor, input, meta);
    const back = `/admin/people/${encodeURIComponent(input.fromClinicianId)}`;
    redirect(
      `${back}?moved=${result.clients}&to=${encodeURIComponent(result.to.id)}&unlicensed=${result.notLicensed.length}`,
    );
  },
);
