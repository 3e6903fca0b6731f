"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { confirmAgreement, proposeAgreementChange } from "./agreement";
import { confirmAgreementSchema, proposeAgreementSchema } from "./schemas";

// The agreement's two steps, behind the action gate: the clinician proposes (couple page), each
// partner confirms (their privacy page).

export type AgreementFormState = { ok: boolean; message?: string };

export const proposeAgreementAction = action(
  {
    name: "couples.agreement.propose",
    access: { kind: "permission", permission: "manage:couple-agreement:own" },
    input: proposeAgreementSchema,
    read: (_state: AgreementFormState, formData: FormData) => ({
      coupleId: formData.get("coupleId"),
      confidentiality: formData.get("confidentiality"),
      note: formData.get("note") ?? null,
    }),
    invalid: "Choose an agreement.",
  },
  async ({ actor, input, meta }) => {
    const result = await proposeAgreementChange(actor, input, meta);
    revalidatePath(`/clients/couples/${input.coupleId}`);
    return {
      message: result.inForce
        ? "Saved. It applies now."
        : "Sent to both partners. The current agreement stays in force until both have confirmed.",
    };
  },
);

export const confirmAgreementAction = action(
  {
    name: "couples.agreement.confirm",
    access: { kind: "permission", permission: "confirm:couple-agreement:own" },
    input: confirmAgreementSchema,
    read: (agreementId: string) => ({ agreementId }),
    invalid: "That agreement was not found.",
  },
  async ({ actor, input, meta }) => {
    const result = await confirmAgreement(actor, input.agreementId, meta);
    revalidatePath("/account/privacy");
    return {
      inForce: result.inForce,
      message: result.inForce
        ? "Thank you. You have both confirmed it, so it applies from now."
        : "Thank you. It will apply once your partner has confirmed it too.",
    };
  },
);
