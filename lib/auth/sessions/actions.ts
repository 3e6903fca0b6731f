"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOutDevice } from "@/lib/auth/account/service";
import { action } from "@/lib/http/action";

// Signing out one device from the account page's device list (every role has that page). The
// session must be the actor's own; the service answers any other id as not found.

export const signOutDeviceAction = action(
  {
    name: "account.sign-out-device",
    access: { kind: "permission", permission: "manage:account:own" },
    input: z.object({ sessionId: z.string().min(1).max(64) }),
    read: (sessionId: string) => ({ sessionId }),
    invalid: "That device was not found.",
  },
  async ({ actor, input, meta }) => {
    const result = await signOutDevice(actor, input.sessionId, meta);
    for (const path of ["/account", "/settings/account", "/admin/account"]) revalidatePath(path);
    return result;
  },
);
