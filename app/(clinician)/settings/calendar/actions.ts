"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeCalendarFeed, rotateCalendarFeed } from "@/lib/appointments/calendar-feed";
import { action } from "@/lib/http/action";

// The private calendar feed's address: a new one (the old stops working) or none.

const access = { kind: "permission", permission: "manage:appointment:own" } as const;

export const rotateCalendarFeedAction = action(
  { name: "calendar-feed.rotate", access, input: z.object({}), read: () => ({}), invalid: "Try again." },
  async ({ actor, meta }) => {
    const { url } = await rotateCalendarFeed(actor, meta);
    revalidatePath("/settings/calendar");
    return { url };
  },
);

export const revokeCalendarFeedAction = action(
  { name: "calendar-feed.revoke", access, input: z.object({}), read: () => ({}), invalid: "Try again." },
  async ({ actor, meta }) => {
    await revokeCalendarFeed(actor, meta);
    revalidatePath("/settings/calendar");
    return {};
  },
);
