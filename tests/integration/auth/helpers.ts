import { NextRequest } from "next/server";
import { signInWithPassword, type SignedIn } from "@/lib/auth/sign-in/credentials";
import { db } from "@/lib/db";
import { TEST_PASSWORD, unique } from "../../support/factories";

export const ORIGIN = "http://localhost:3000";

/** A fresh address per call, so rate-limit counters never carry between tests. */
export const freshIp = () => `198.51.100.${unique()}`;

export async function signIn(email: string, password = TEST_PASSWORD, extra: { code?: string } = {}): Promise<SignedIn> {
  const signedIn = await signInWithPassword({ email, password, ...extra }, { ip: freshIp(), userAgent: "vitest" });
  if (!signedIn) throw new Error("sign-in failed");
  return signedIn;
}

export async function emailsTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: email.toLowerCase() }, orderBy: { createdAt: "desc" } });
}

/** The token in the newest email to `email` whose link goes to `path`. */
export async function tokenFromLatestEmail(email: string, path: string): Promise<string> {
  const [latest] = await emailsTo(email);
  const match = latest?.text.match(new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in the latest email to ${email}`);
  return match[1];
}

export function jsonRequest(method: string, url: string, body?: unknown, headers: Record<string, string | null> = {}) {
  const h: Record<string, string> = { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": freshIp() };
  for (const [k, v] of Object.entries(headers)) {
    if (v === null) delete h[k];
    else h[k] = v;
  }
  return new NextRequest(new URL(url, ORIGIN), { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
}

export const noParams = { params: Promise.resolve({}) };

export async function read(response: Response | Promise<Response>) {
  const res = await response;
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> & { error?: { code: string; message: string; details?: unknown } },
  };
}

