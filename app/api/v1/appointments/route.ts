import { handle } from "@/lib/http/handle";
import { createAppointmentOperation, listAppointmentsOperation } from "@/lib/appointments/operations";
import { createAppointment, listAppointments } from "@/lib/appointments/service";

export const GET = handle(listAppointmentsOperation, async ({ actor, query, meta }) => ({
  appointments: await listAppointments(
    actor,
    {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      includeCancelled: query.includeCancelled === "true",
    },
    meta,
  ),
}));

export const POST = handle(createAppointmentOperation, ({ actor, body }) => createAppointment(actor, body));
