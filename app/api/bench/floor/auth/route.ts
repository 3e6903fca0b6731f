import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";

// The benchmark's authenticated floor (`npm run bench`): the bare floor plus the session check
// every signed-in request makes (next-auth's cookie, then the session row), and nothing else. Next
// to the bare floor it shows what "who is this?" costs per request. Inert unless the server was
// started with MEND_BENCH=1 (404 otherwise, before anything is read).

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  if (process.env.MEND_BENCH !== "1") {
    return NextResponse.json(
      { error: { code: "not_found", message: "Nothing is at this address." } },
      { status: 404, headers: NO_STORE },
    );
  }
  const actor = await getActor();
  if (!actor)
    return NextResponse.json(
      { error: { code: "unauthenticated", message: "Sign in first." } },
      { status: 401, headers: NO_STORE },
    );
  return NextResponse.json(
    { items: [{ id: "floor-1" }, { id: "floor-2" }], nextCursor: null },
    { headers: NO_STORE },
  );
}
