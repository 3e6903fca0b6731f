"use server";

import { z } from "zod";
import { action } from "@/lib/http/action";
import { setShareDrafts } from "@/lib/responses/settings";
import type { DraftSharingState } from "@/components/responses/draft-sharing-form";

/** The client allows (or stops allowing) their therapist to see unsent drafts. */
export const saveDraftSharing = action(
  {
    name: "privacy.draft-sharing",
    access: { kind: "permission", permission: "write:response:own" },
    input: z.object({ share: z.enum(["yes", "no"]) }),
    read: (_previous: DraftSharingState, form: FormData) => ({ share: form.get("share") }),
    invalid: "Choose one of the two options.",
  },
  async ({ actor, input, meta }) => {
    const settings = await setShareDrafts(actor, input.share === "yes", meta);
    return {
      share: settings.shareDraftsWithClinician,
      message: settings.shareDraftsWithClinician
        ? "Saved. Your therapist can now see drafts you have not sent yet."
        : "Saved. Your therapist sees only what you send.",
    };
  },
);
