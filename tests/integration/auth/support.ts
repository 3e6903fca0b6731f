import { randomUUID } from "node:crypto";
import { signInWithPassword, type SignedIn } from "@/lib/auth/sign-in/credentials";
import { db } from "@/lib/db";
import { sendRaw as sendRawRequest, testApiClient } from "../../support/api-client";
import { TEST_PASSWORD } from "../../support/factories";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";

export const ORIGIN = "http://localhost:3000";

/** A fresh address (IPv6 documentation range) per call, so rate-limit counters never carry between tests. */
export const freshIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

export async function signIn(
  email: string,
  password = TEST_PASSWORD,
  extra: { code?: string } = {},
): Promise<SignedIn> {
  const signedIn = await signInWithPassword(
    { email, password, ...extra },
    { ip: freshIp(), userAgent: "vitest" },
  );
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

/** The typed API client; each request comes from a fresh address unless the test names one. */
export const api = testApiClient();
api.use({
  onRequest({ request }) {
    if (!request.headers.has(CONNECTION_ADDRESS_HEADER))
      request.headers.set(CONNECTION_ADDRESS_HEADER, freshIp());
    return request;
  },
});

/** A request the typed client would refuse to build (malformed on purpose), from a fresh address. */
export function sendRaw(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string | null> = {},
) {
  return sendRawRequest(method, url, body, { [CONNECTION_ADDRESS_HEADER]: freshIp(), ...headers });
}
