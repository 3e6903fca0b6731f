import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { assertSignInAllowed } from "@/lib/auth/sign-in/rate-limit";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/http/request-meta";

const nextAuth = NextAuth(authOptions);
type Ctx = { params: Promise<{ nextauth: string[] }> };

// Throttled sign-in attempts are answered here with a real 429 and Retry-After, before next-auth
// runs (next-auth itself can only redirect). The body keeps next-auth's `{ url }` shape so its
// browser client reports the error instead of failing to parse.
export async function POST(request: NextRequest, context: Ctx) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "")
      .trim()
      .toLowerCase();
    try {
      await assertSignInAllowed({ email, ip: clientAddressOf(request.headers) });
    } catch (error) {
      if (isAppError(error) && error.code === "rate_limited") {
        return NextResponse.json(
          { url: `${env().NEXTAUTH_URL}/sign-in?error=RateLimited`, error: error.message },
          {
            status: 429,
            headers: { "Retry-After": String(error.retryAfterSeconds ?? 60), "Cache-Control": "no-store" },
          },
        );
      }
      throw error;
    }
  }
  return nextAuth(request, context);
}

export { nextAuth as GET };
