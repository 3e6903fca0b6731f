import { NextResponse, type NextRequest } from "next/server";
import { readJsonBody } from "@/lib/http/body";
import { clientAddressOf } from "@/lib/http/request-meta";
import { isAppError } from "@/lib/errors";
import { logWarn } from "@/lib/log";
import { CSP_REPORT_MAX_BYTES, parseCspReports } from "@/lib/security/csp-report";
import { admitCspReport, sampleCspViolations } from "@/lib/security/csp-report-intake";

// Where browsers send Content-Security-Policy violation reports (report-uri and report-to). Public by
// nature (browsers send them without credentials): throttled per address, a few reports per request,
// identical reports sampled (lib/security/csp-report-intake.ts). A logged line holds only the
// directive, the kind of source blocked and the page path (no samples: they can be PHI).

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  try {
    await admitCspReport(clientAddressOf(request.headers));
    const violations = parseCspReports(await readJsonBody(request, CSP_REPORT_MAX_BYTES));
    if (violations === null)
      return NextResponse.json(
        { error: { code: "bad_request", message: "Not a CSP report." } },
        { status: 400, headers },
      );
    for (const v of sampleCspViolations(violations)) logWarn("csp.violation", v);
    return new Response(null, { status: 204, headers });
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json(
      { error: { code: error.code, message: error.message } },
      { status: error.status, headers },
    );
  }
}
