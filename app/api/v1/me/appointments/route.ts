import { handle } from "@/lib/http/handle";
import { listMyAppointmentsOperation } from "@/lib/appointments/operations";
import { listMyAppointments } from "@/lib/appointments/client-view";

export const GET = handle(listMyAppointmentsOperation, async ({ actor }) => ({
  appointments: await listMyAppointments(actor),
}));
