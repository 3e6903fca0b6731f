import { handle } from "@/lib/http/handle";
import { calendarFeedOperation } from "@/lib/appointments/operations";
import { calendarFeedIcs } from "@/lib/appointments/calendar-feed";

export const GET = handle(
  calendarFeedOperation,
  async ({ params, meta }) =>
    new Response(await calendarFeedIcs(params.token, meta.ip), {
      headers: { "Content-Type": "text/calendar; charset=utf-8" },
    }),
);
