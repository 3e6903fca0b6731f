import { handle } from "@/lib/http/handle";
import { myAppointmentCalendarOperation } from "@/lib/appointments/operations";
import { myAppointmentIcs } from "@/lib/appointments/client-view";

export const GET = handle(
  myAppointmentCalendarOperation,
  async ({ actor, params }) =>
    new Response(await myAppointmentIcs(actor, params.id), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="session.ics"',
      },
    }),
);
