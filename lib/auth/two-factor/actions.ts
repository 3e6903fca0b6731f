"use server";

import { z } from "zod";
import { action } from "@/lib/http/action";
import { twoFactorCodeBody as code } from "@/lib/auth/schemas";
import {
  beginTwoFactorSetup,
  confirmTwoFactorSetup,
  disableTwoFactor,
  regenerateRecoveryCodes,
} from "./service";

// Two-step verification has one entry path per step: these server actions (the account page and
// the required-setup page use them; there is no /api/v1 twin). Setup is open to staff whose
// practice requires it before anything else is (allowTwoFactorSetup); the rest is not.

const twoFactor = { kind: "permission", permission: "manage:two-factor:own" } as const;
const setupStep = { ...twoFactor, allowTwoFactorSetup: true };
const readCode = (value: unknown) => ({ code: value });
const ANY_CODE = "Enter a code from your app or a recovery code.";

export const beginTwoFactorSetupAction = action(
  {
    name: "two-factor.begin",
    access: setupStep,
    input: z.object({}),
    read: () => ({}),
    invalid: "Try again.",
  },
  ({ actor }) => beginTwoFactorSetup(actor),
);

export const confirmTwoFactorSetupAction = action(
  {
    name: "two-factor.confirm",
    access: setupStep,
    input: code,
    read: readCode,
    invalid: "Enter the 6-digit code from your app.",
  },
  ({ actor, input, meta }) => confirmTwoFactorSetup(actor, input.code, meta),
);

export const disableTwoFactorAction = action(
  { name: "two-factor.disable", access: twoFactor, input: code, read: readCode, invalid: ANY_CODE },
  async ({ actor, input, meta }) => {
    await disableTwoFactor(actor, input.code, meta);
    return {};
  },
);

export const regenerateRecoveryCodesAction = action(
  { name: "two-factor.recovery-codes", access: twoFactor, input: code, read: readCode, invalid: ANY_CODE },
  ({ actor, input, meta }) => regenerateRecoveryCodes(actor, input.code, meta),
);
