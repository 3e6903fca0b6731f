import { z } from "zod";

export const staffRole = z.enum(["ADMIN", "CLINICIAN"]);
export const changeRoleBody = z.object({ role: staffRole });

export const personSecurityDto = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["ADMIN", "CLINICIAN", "CLIENT"]),
  active: z.boolean(),
  twoFactorEnabled: z.boolean(),
});
export type PersonSecurity = z.infer<typeof personSecurityDto>;
