"use server";

import { pageRequestMeta } from "@/lib/audit/request-meta";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { setShareDrafts } from "@/lib/responses/settings";
import type { DraftSharingState } from "@/components/responses/draft-sharing-form";

/** The client allows (or stops allowing) their therapist to see unsent drafts. Re-checks the actor. */
export async function saveDraftSharing(_previous: DraftSharingState, form: FormData): Promise<DraftSharingState> {
  const choice = form.get("share");
  if (choice !== "yes" && choice !== "no") return { ok: false, message: "Choose one of the two options.", share: null };
  try {
    const actor = await requireActor();
    const settings = await setShareDrafts(actor, choice === "yes", await pageRequestMeta());
    return {
      ok: true,
      share: settings.shareDraftsWithClinician,
      message: settings.shareDraftsWithClinician
        ? "Saved. Your therapist can now see drafts you have not sent yet."
        : "Saved. Your therapist sees only what you send.",
    };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, share: null };
    throw error;
  }
}
