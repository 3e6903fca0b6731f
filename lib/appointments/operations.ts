import { z } from "zod";
import { defineOperation, idParams } from "@/lib/http/operation";
import {
  createAppointmentInput,
  listAppointmentsQuery,
  appointmentDto,
  updateAppointmentInput,
} from "./schemas";

const access = { kind: "permission", permission: "manage:appointment:own" } as const;

export const listAppointmentsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/appointments",
  operationId: "listAppointments",
  returnsClientData: true,
  summary: "The acting clinician's appointments (from a day ago by default)",
  tag: "Appointments",
  access,
  query: listAppointmentsQuery,
  response: z.object({ appointments: z.array(appointmentDto) }),
});

export const createAppointmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/appointments",
  operationId: "createAppointment",
  summary: "Schedule an appointment with a client or couple of the caseload",
  tag: "Appointments",
  access,
  body: createAppointmentInput,
  response: appointmentDto,
  successStatus: 201,
  errors: [404, 422],
});

export const updateAppointmentOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/appointments/{id}",
  operationId: "updateAppointment",
  summary: "Move or change an appointment",
  tag: "Appointments",
  access,
  params: idParams,
  body: updateAppointmentInput,
  response: appointmentDto,
  errors: [404, 422],
});

export const cancelAppointmentOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/appointments/{id}",
  operationId: "cancelAppointment",
  summary: "Cancel an appointment (kept, marked cancelled)",
  tag: "Appointments",
  access,
  params: idParams,
  response: appointmentDto,
  errors: [404],
});

export const appointmentOperations = [
  listAppointmentsOperation,
  createAppointmentOperation,
  updateAppointmentOperation,
  cancelAppointmentOperation,
];
