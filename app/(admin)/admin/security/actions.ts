"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { SAFETY_THRESHOLD_MAX, SAFETY_THRESHOLD_MIN } from "@/lib/risk/rules";
import { setCheckInSafetyThreshold } from "@/lib/risk/settings";

// The practice's check-in safety alert threshold (lib/risk/settings.ts), behind the action gate.

export type ThresholdFormState = { ok: boolean; message?: string };

export const setSafetyThresholdAction = action(
  {
    name: "risk.safety_threshold",
    access: { kind: "permission", permission: "manage:practice" },
    input: z.object({
      threshold: z.coerce.number().int().min(SAFETY_THRESHOLD_MIN).max(SAFETY_THRESHOLD_MAX),
    }),
    read: (_state: ThresholdFormState, formData: FormData) => ({ threshold: formData.get("threshold") }),
    invalid: `Choose a whole number from ${SAFETY_THRESHOLD_MIN} to ${SAFETY_THRESHOLD_MAX}.`,
  },
  async ({ actor, input, meta }) => {
    const saved = await setCheckInSafetyThreshold(actor, input.threshold, meta);
    revalidatePath("/admin/security");
    return { message: `Saved. An answer of ${saved.threshold} or below now raises an alert.` };
  },
);
