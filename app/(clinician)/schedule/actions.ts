"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelAppointment, createAppointment } from "@/lib/appointments/service";
import { action, formAction } from "@/lib/http/action";
import { idParam } from "@/lib/http/operation";
import { zonedToUtc } from "@/lib/time/zones";
import type { ScheduleFormState } from "@/components/appointments/schedule-form";

// The schedule page's forms, behind the action gate, through the same scoped service as the API.

const form = z.object({
  with: z.string().regex(/^(client|couple):[A-Za-z0-9_-]{1,64}$/, "Choose who the appointment is with."),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date."),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Choose a time."),
  durationMinutes: z.coerce.number().int().min(15, "At least 15 minutes.").max(240, "At most 4 hours."),
  modality: z.enum(["IN_PERSON", "VIDEO"]),
});

function refreshSchedule() {
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
}

export const scheduleAppointmentAction = action(
  {
    name: "schedule.create",
    access: { kind: "permission", permission: "manage:appointment:own" },
    input: form,
    read: (_prev: ScheduleFormState, data: FormData) => Object.fromEntries(data),
    invalid: "Please check the highlighted fields.",
  },
  async ({ actor, input }) => {
    const { with: target, date, time, durationMinutes, modality } = input;
    const [kind, id] = target.split(":") as ["client" | "couple", string];
    await createAppointment(actor, {
      ...(kind === "client" ? { clientId: id } : { coupleId: id }),
      startsAt: zonedToUtc(date, time, actor.timeZone).toISOString(),
      durationMinutes,
      modality,
    });
    refreshSchedule();
    return { message: "Appointment scheduled." };
  },
);

export const cancelAppointmentAction = formAction(
  {
    name: "schedule.cancel",
    access: { kind: "permission", permission: "manage:appointment:own" },
    input: z.object({ id: idParam }),
    read: (data: FormData) => ({ id: data.get("id") }),
    invalid: "Choose an appointment to cancel.",
  },
  async ({ actor, input }) => {
    await cancelAppointment(actor, input.id);
    refreshSchedule();
    return {};
  },
);
