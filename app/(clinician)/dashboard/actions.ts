"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { acknowledgeRiskAlert } from "@/lib/risk/service";
import { acknowledgeRiskAlertInput } from "@/lib/risk/schemas";

// Acknowledging a risk alert (from the dashboard, a client's page or a prep view), behind the
// action gate. The alert and its acknowledgement are in the audit trail (lib/risk/service.ts).

export type AcknowledgeFormState = { ok: boolean; message?: string };

export const acknowledgeRiskAlertAction = action(
  {
    name: "risk.acknowledge",
    access: { kind: "permission", permission: "review:assignment:own" },
    input: acknowledgeRiskAlertInput,
    read: (_state: AcknowledgeFormState, formData: FormData) => ({
      alertId: formData.get("alertId"),
      note: formData.get("note") ?? undefined,
    }),
    invalid: "Keep the note under 2,000 characters.",
  },
  async ({ actor, input, meta }) => {
    await acknowledgeRiskAlert(actor, input, meta);
    revalidatePath("/dashboard");
    return { message: "Acknowledged." };
  },
);
