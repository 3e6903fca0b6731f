import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password/rules";

// Request and answer shapes for the account API (/api/v1/auth/**). The same schemas validate the
// requests and describe them in the OpenAPI document.

const email = z.string().trim().toLowerCase().max(320).pipe(z.email());
// Length rules beyond "not empty, not absurd" are the password policy's job, so its message (not a
// zod one) reaches the person.
const password = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);
const token = z.string().min(1).max(100);
const code = z.string().trim().min(1).max(40);

export const emailRequestBody = z.object({ email });
export const neutralAnswer = z.object({ message: z.string() });

export const passwordResetBody = z.object({ token, password });
export const passwordCheckBody = z.object({
  password,
  email: z.string().max(320).optional(),
  name: z.string().max(200).optional(),
});
export const passwordCheckAnswer = z.object({
  ok: z.boolean(),
  reason: z.string().optional(),
  message: z.string().optional(),
});

export const passwordChangeBody = z.object({ currentPassword: password, newPassword: password });
export const passwordChangeAnswer = z.object({ message: z.string(), otherSessionsEnded: z.number().int() });

export const signOutEverywhereAnswer = z.object({ message: z.string() });

export const sessionDto = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  device: z.string(),
  current: z.boolean(),
});
export const sessionListDto = z.object({ sessions: z.array(sessionDto) });

export const twoFactorStatusDto = z.object({
  enabled: z.boolean(),
  enabledAt: z.iso.datetime().nullable(),
  recoveryCodesLeft: z.number().int(),
  requiredByPractice: z.boolean(),
});
export const twoFactorCodeBody = z.object({ code });

export const practiceSecurityBody = z.object({ requireTwoFactor: z.boolean() });
export const practiceSecurityDto = z.object({ requireTwoFactor: z.boolean() });
