import { NextResponse } from "next/server";
import { databaseIsReachable } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the quick-start check: 200 when the database answers, else 503. */
export async function GET() {
  const ok = await databaseIsReachable();
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", database: ok ? "ok" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
