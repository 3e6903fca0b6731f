import { z } from "zod";
import { defineOperation, idParams } from "@/lib/http/operation";
import {
  createAppointmentInput,
  listAppointmentsQuery,
  appointmentDto,
  myAppointmentDto,
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
  summary:
    "Schedule an appointment with a client or couple of the caseload. 422: the start has passed, the video link is not https, or the client or couple has been discharged (re-admit them first)",
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

export const listMyAppointmentsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me/appointments",
  operationId: "listMyAppointments",
  summary: "The signed-in client's upcoming appointments (their own and their couple's)",
  tag: "Appointments",
  access: { kind: "permission", permission: "read:appointment:own" },
  response: z.object({ appointments: z.array(myAppointmentDto) }),
});

export const myAppointmentCalendarOperation = defineOperation({
  method: "GET",
  path: "/api/v1/me/appointments/{id}/calendar",
  operationId: "downloadMyAppointmentCalendar",
  summary: "One of the signed-in client's appointments as an iCalendar (.ics) file, for their calendar app",
  tag: "Appointments",
  access: { kind: "permission", permission: "read:appointment:own" },
  params: idParams,
  produces: ["text/calendar"],
  errors: [404],
});

/** The token, with an optional ".ics" (some calendar apps want the address to end with it). */
export const feedTokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}(\.ics)?$/, "must be a calendar feed token")
    .transform((t) => t.replace(/\.ics$/, "")),
});

export const calendarFeedOperation = defineOperation({
  method: "GET",
  path: "/api/v1/calendar-feed/{token}",
  operationId: "getCalendarFeed",
  summary:
    "A clinician's private iCalendar feed, by its secret address (initials only; rate-limited; 404 once replaced or turned off)",
  tag: "Appointments",
  access: { kind: "public" },
  params: feedTokenParams,
  produces: ["text/calendar"],
  errors: [404, 429],
});

export const appointmentOperations = [
  listAppointmentsOperation,
  createAppointmentOperation,
  updateAppointmentOperation,
  cancelAppointmentOperation,
  listMyAppointmentsOperation,
  myAppointmentCalendarOperation,
  calendarFeedOperation,
];
