"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { cancelAppointment, createAppointment } from "@/lib/appointments/service";
import { zonedToUtc } from "@/lib/time/zones";
import type { ScheduleFormState } from "@/components/appointments/schedule-form";

// Server actions can be called by anyone who finds their id: each one re-reads the actor and goes
// through the scoped service, exactly like the API.

const form = z.object({
  with: z.string().regex(/^(client|couple):[A-Za-z0-9_-]{1,64}$/, "Choose who the appointment is with."),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date."),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Choose a time."),
  durationMinutes: z.coerce.number().int().min(15, "At least 15 minutes.").max(240, "At most 4 hours."),
  modality: z.enum(["IN_PERSON", "VIDEO"]),
});

export async function scheduleAppointmentAction(_prev: ScheduleFormState, data: FormData): Promise<ScheduleFormState> {
  const actor = await requireActor();
  const parsed = form.safeParse(Object.fromEntries(data));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { ok: false, errors, message: "Please check the highlighted fields." };
  }
  const { with: target, date, time, durationMinutes, modality } = parsed.data;
  const [kind, id] = target.split(":") as ["client" | "couple", string];
  try {
    await createAppointment(actor, {
      ...(kind === "client" ? { clientId: id } : { coupleId: id }),
      startsAt: zonedToUtc(date, time, actor.timeZone).toISOString(),
      durationMinutes,
      modality,
    });
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
  return { ok: true, message: "Appointment scheduled." };
}

export async function cancelAppointmentAction(data: FormData): Promise<void> {
  const actor = await requireActor();
  const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).parse(data.get("id"));
  await cancelAppointment(actor, id);
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
}
