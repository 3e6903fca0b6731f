import { NextResponse } from "next/server";

// The benchmark's framework floor (`npm run bench`): a bare route handler that returns fixed JSON,
// so the cost of Next.js itself (routing, proxy.ts headers, JSON response) can be measured next to
// the real endpoints. Inert unless the server was started with MEND_BENCH=1: everywhere else it
// answers 404 like any unknown address.

export const dynamic = "force-dynamic";

const FIXED = {
  items: [
    { id: "floor-1", title: "Fixed item one", state: "ASSIGNED" },
    { id: "floor-2", title: "Fixed item two", state: "SUBMITTED" },
  ],
  nextCursor: null,
};

export function GET(): Response {
  if (process.env.MEND_BENCH !== "1") {
    return NextResponse.json(
      { error: { code: "not_found", message: "Nothing is at this address." } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  return NextResponse.json(FIXED, { headers: { "Cache-Control": "no-store" } });
}
