import { randomUUID } from "node:crypto";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/csp-report/route";
import { CSP_MAX_REPORTS_PER_REQUEST } from "@/lib/security/csp-report";
import { CSP_REPORT_REQUESTS_PER_MINUTE, CSP_SAMPLE_EVERY } from "@/lib/security/csp-report-intake";
import { freshIp } from "../auth/support";

// The public CSP report endpoint cannot be used to flood the logs: a few requests a minute per
// address, a few reports per request, identical reports sampled.

function report(blockedHost: string, count = 1) {
  return Array.from({ length: count }, () => ({
    type: "csp-violation",
    body: {
      documentURL: "http://localhost:3000/home",
      effectiveDirective: "script-src-elem",
      blockedURL: `https://${blockedHost}/x.js`,
    },
  }));
}

function post(address: string, payload: unknown) {
  return POST(
    new NextRequest("http://localhost:3000/api/csp-report", {
      method: "POST",
      headers: { "content-type": "application/reports+json", [CONNECTION_ADDRESS_HEADER]: address },
      body: JSON.stringify(payload),
    }),
  );
}

function loggedViolations(spy: Spy, host: string) {
  return spy.mock.calls
    .map(([line]) => JSON.parse(String(line)) as { event: string; blocked: string; represents: number })
    .filter((entry) => entry.event === "csp.violation" && entry.blocked === `https://${host}`);
}

type Spy = { mock: { calls: unknown[][] }; mockRestore: () => void };
let warn: Spy | undefined;
function captureWarnings(): Spy {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  return warn;
}
afterEach(() => {
  warn?.mockRestore();
});

describe("the CSP report endpoint", () => {
  it("answers 429 with Retry-After once one address has posted too often, and not to another address", async () => {
    captureWarnings();
    const address = freshIp();
    const host = `a${randomUUID().slice(0, 8)}.example`;
    for (let i = 0; i < CSP_REPORT_REQUESTS_PER_MINUTE; i++)
      expect((await post(address, report(host))).status).toBe(204);
    const refused = await post(address, report(host));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post(freshIp(), report(host))).status).toBe(204);
  });

  it("reads at most a few reports of a request, and logs one line for a run of identical ones", async () => {
    const warn = captureWarnings();
    const host = `b${randomUUID().slice(0, 8)}.example`;
    expect((await post(freshIp(), report(host, 25))).status).toBe(204);
    expect(loggedViolations(warn, host)).toEqual([expect.objectContaining({ represents: 1 })]);

    // Reports 2 to 250 of the same kind, from many addresses: one line per CSP_SAMPLE_EVERY.
    const perRequest = CSP_MAX_REPORTS_PER_REQUEST;
    for (let sent = perRequest; sent < 250; sent += perRequest)
      await post(freshIp(), report(host, perRequest));
    const lines = loggedViolations(warn, host);
    expect(lines.map((l) => l.represents)).toEqual([1, CSP_SAMPLE_EVERY, CSP_SAMPLE_EVERY]);
    // A different violation is logged at once.
    const other = `c${randomUUID().slice(0, 8)}.example`;
    await post(freshIp(), report(other));
    expect(loggedViolations(warn, other)).toHaveLength(1);
  });
});
