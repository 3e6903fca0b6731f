"use server";

import { closeMyAccount } from "@/lib/data-rights/close";
import { closeAccountBody } from "@/lib/data-rights/schemas";
import { action } from "@/lib/http/action";

export type CloseFormState = { ok: boolean; message?: string; keptUntil?: string };

export const closeAccountAction = action(
  {
    name: "account.close",
    access: { kind: "permission", permission: "close:account:own" },
    input: closeAccountBody,
    read: (_state: CloseFormState, formData: FormData) => ({
      confirm: String(formData.get("confirm") ?? "")
        .trim()
        .toUpperCase(),
    }),
    invalid: "To close your account, type CLOSE in the box.",
  },
  async ({ actor, meta }) => {
    const result = await closeMyAccount(actor, meta);
    return { keptUntil: result.keptUntil };
  },
);
