import { z } from "zod";

export const meDto = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["ADMIN", "CLINICIAN", "CLIENT"]),
  timeZone: z.string(),
  practice: z.object({ id: z.string(), name: z.string(), assignmentLabel: z.string() }),
});
export type MeDto = z.infer<typeof meDto>;
