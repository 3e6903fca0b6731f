import { z } from "zod";
import { idParam } from "@/lib/http/operation";

export const modality = z.enum(["IN_PERSON", "VIDEO"]);

const when = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 date-time, e.g. 2026-12-01T15:00:00-06:00",
});

/** A video room's address: https only (no http, javascript: or data: links reach a client). */
export const videoUrl = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    message: "Use a video link that starts with https://",
  })
  .max(500, "A video link can be at most 500 characters.");

export const createAppointmentInput = z
  .object({
    clientId: idParam.optional(),
    coupleId: idParam.optional(),
    startsAt: when,
    durationMinutes: z.number().int().min(15).max(240).default(50),
    modality: modality.default("IN_PERSON"),
    videoUrl: videoUrl.optional(),
    /** Weekly repeat: this many appointments, one a week at the same local time (1 = no repeat). */
    repeatWeeks: z.number().int().min(1).max(26).optional(),
  })
  .refine((v) => Boolean(v.clientId) !== Boolean(v.coupleId), {
    message: "Give either clientId or coupleId.",
    path: ["clientId"],
  });

export const updateAppointmentInput = z
  .object({
    startsAt: when.optional(),
    durationMinutes: z.number().int().min(15).max(240).optional(),
    modality: modality.optional(),
    /** A new video link, or null to remove it. */
    videoUrl: videoUrl.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to change." });

export const listAppointmentsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  includeCancelled: z.enum(["true", "false"]).optional(),
});

export const appointmentDto = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  modality,
  cancelled: z.boolean(),
  videoUrl: z.string().nullable(),
  /** Shared by the appointments of one weekly repeat. */
  seriesId: z.string().nullable(),
  with: z.object({ kind: z.enum(["client", "couple"]), id: z.string(), name: z.string() }),
});

export type CreateAppointmentInput = z.infer<typeof createAppointmentInput>;
export type UpdateAppointmentInput = z.infer<typeof updateAppointmentInput>;
export type AppointmentDto = z.infer<typeof appointmentDto>;

/** A client's view of one of their appointments (their own or their couple's). */
export const myAppointmentDto = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  modality,
  videoUrl: z.string().nullable(),
  withCouple: z.boolean(),
  clinicianName: z.string(),
});
export type MyAppointmentDto = z.infer<typeof myAppointmentDto>;
