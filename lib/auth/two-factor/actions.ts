"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import type { AuthEventMeta } from "@/lib/auth/audit";
import { clientIp } from "@/lib/auth/options";
import { requireActor } from "@/lib/auth/session";
import { beginTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, regenerateRecoveryCodes } from "./service";

// Server actions for two-step verification. They are actions rather than /api/v1 calls because the
// setup must work for staff whose practice requires it before anything else is open to them
// (requireActor's allowTwoFactorSetup); every action re-checks the actor itself.

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string };

const codeInput = z.string().trim().min(1).max(40);

async function requestMeta(): Promise<AuthEventMeta> {
  const h = await headers();
  return { ip: clientIp(h.get("x-forwarded-for")), userAgent: h.get("user-agent")?.slice(0, 300) ?? undefined };
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

function parseCode(code: unknown): string {
  const parsed = codeInput.safeParse(code);
  if (!parsed.success) throw new TypeError("code must be a short string");
  return parsed.data;
}

export async function beginTwoFactorSetupAction(): Promise<ActionResult<{ secret: string; uri: string; qrSvg: string }>> {
  return run(async () => beginTwoFactorSetup(await requireActor({ allowTwoFactorSetup: true })));
}

export async function confirmTwoFactorSetupAction(code: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  if (!codeInput.safeParse(code).success) return { ok: false, message: "Enter the 6-digit code from your app." };
  return run(async () => confirmTwoFactorSetup(await requireActor({ allowTwoFactorSetup: true }), parseCode(code), await requestMeta()));
}

export async function disableTwoFactorAction(code: unknown): Promise<ActionResult<null>> {
  if (!codeInput.safeParse(code).success) return { ok: false, message: "Enter a code from your app or a recovery code." };
  return run(async () => {
    await disableTwoFactor(await requireActor(), parseCode(code), await requestMeta());
    return null;
  });
}

export async function regenerateRecoveryCodesAction(code: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  if (!codeInput.safeParse(code).success) return { ok: false, message: "Enter a code from your app or a recovery code." };
  return run(async () => regenerateRecoveryCodes(await requireActor(), parseCode(code), await requestMeta()));
}
