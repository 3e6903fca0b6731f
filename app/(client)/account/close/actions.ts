"use server";

import { pageRequestMeta } from "@/lib/audit/request-meta";
import { requireActor } from "@/lib/auth/session";
import { closeMyAccount } from "@/lib/data-rights/close";
import { closeAccountBody } from "@/lib/data-rights/schemas";
import { isAppError } from "@/lib/errors";

export type CloseFormState = { ok: boolean; message?: string; keptUntil?: string };

export async function closeAccountAction(_state: CloseFormState, formData: FormData): Promise<CloseFormState> {
  const actor = await requireActor();
  const parsed = closeAccountBody.safeParse({ confirm: String(formData.get("confirm") ?? "").trim().toUpperCase() });
  if (!parsed.success) return { ok: false, message: "To close your account, type CLOSE in the box." };
  try {
    const result = await closeMyAccount(actor, await pageRequestMeta());
    return { ok: true, keptUntil: result.keptUntil };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
