import { handle } from "@/lib/http/handle";
import { cancelAppointmentOperation, updateAppointmentOperation } from "@/lib/appointments/operations";
import { cancelAppointment, updateAppointment } from "@/lib/appointments/service";

export const PATCH = handle(updateAppointmentOperation, ({ actor, params, body }) =>
  updateAppointment(actor, params.id, body),
);
export const DELETE = handle(cancelAppointmentOperation, ({ actor, params }) =>
  cancelAppointment(actor, params.id),
);
