"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  cancelAppointment,
  createAppointments,
  restoreAppointment,
  updateAppointment,
} from "@/lib/appointments/service";
import { videoUrl } from "@/lib/appointments/schemas";
import { unprocessable } from "@/lib/errors";
import { action } from "@/lib/http/action";
import { idParam } from "@/lib/http/operation";
import { zonedToUtc } from "@/lib/time/zones";
import type { ScheduleFormState } from "@/components/appointments/schedule-form";

// The schedule page's forms, behind the action gate, through the same scoped service as the API.

const when = {
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date."),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Choose a time."),
  durationMinutes: z.coerce.number().int().min(15, "At least 15 minutes.").max(240, "At most 4 hours."),
  modality: z.enum(["IN_PERSON", "VIDEO"]),
  // An empty field means "no video link".
  videoUrl: z.union([z.literal(""), videoUrl]).optional(),
};

const createForm = z.object({
  with: z.string().regex(/^(client|couple):[A-Za-z0-9_-]{1,64}$/, "Choose who the appointment is with."),
  ...when,
  repeatWeeks: z.coerce.number().int().min(1).max(26).default(1),
});

const updateForm = z.object({ id: idParam, ...when });

const access = { kind: "permission", permission: "manage:appointment:own" } as const;

function refreshSchedule() {
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
}

export const scheduleAppointmentAction = action(
  {
    name: "schedule.create",
    access,
    input: createForm,
    read: (_prev: ScheduleFormState, data: FormData) => Object.fromEntries(data),
    invalid: "Please check the highlighted fields.",
  },
  async ({ actor, input }) => {
    const { with: target, date, time, durationMinutes, modality, repeatWeeks } = input;
    const [kind, id] = target.split(":") as ["client" | "couple", string];
    const created = await createAppointments(actor, {
      ...(kind === "client" ? { clientId: id } : { coupleId: id }),
      startsAt: zonedToUtc(date, time, actor.timeZone).toISOString(),
      durationMinutes,
      modality,
      ...(input.videoUrl ? { videoUrl: input.videoUrl } : {}),
      repeatWeeks,
    });
    refreshSchedule();
    return {
      message:
        created.length > 1
          ? `${created.length} weekly appointments scheduled. The client is told by email.`
          : "Appointment scheduled. The client is told by email.",
    };
  },
);

export const updateAppointmentAction = action(
  {
    name: "schedule.update",
    access,
    input: updateForm,
    read: (_prev: ScheduleFormState, data: FormData) => Object.fromEntries(data),
    invalid: "Please check the highlighted fields.",
  },
  async ({ actor, input }) => {
    const startsAt = zonedToUtc(input.date, input.time, actor.timeZone);
    if (startsAt.getTime() < Date.now())
      throw unprocessable("That time has passed. Choose a later date or time.");
    await updateAppointment(actor, input.id, {
      startsAt: startsAt.toISOString(),
      durationMinutes: input.durationMinutes,
      modality: input.modality,
      videoUrl: input.videoUrl ? input.videoUrl : null,
    });
    refreshSchedule();
    return { message: "Changed. They are told by email." };
  },
);

const byId = z.object({ id: idParam });

export const cancelAppointmentAction = action(
  {
    name: "schedule.cancel",
    access,
    input: byId,
    read: (id: unknown) => ({ id }),
    invalid: "Choose an appointment to cancel.",
  },
  async ({ actor, input }) => {
    await cancelAppointment(actor, input.id);
    refreshSchedule();
    return {};
  },
);

export const restoreAppointmentAction = action(
  {
    name: "schedule.restore",
    access,
    input: byId,
    read: (id: unknown) => ({ id }),
    invalid: "Choose an appointment to restore.",
  },
  async ({ actor, input }) => {
    await restoreAppointment(actor, input.id);
    refreshSchedule();
    return {};
  },
);
