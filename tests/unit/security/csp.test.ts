import { describe, expect, it } from "vitest";
import {
  blockedSource,
  CSP_MAX_REPORTS_PER_REQUEST,
  pagePath,
  parseCspReports,
} from "@/lib/security/csp-report";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

describe("the page policy", () => {
  it("runs only nonce'd scripts, loads nothing from elsewhere and reports violations", () => {
    const csp = contentSecurityPolicy("abc", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    for (const part of [
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "img-src 'self' data: blob:",
      "report-uri /api/csp-report",
      "report-to csp",
    ]) {
      expect(csp).toContain(part);
    }
    expect(contentSecurityPolicy("abc", { dev: false, https: true })).toContain("upgrade-insecure-requests");
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=63072000/);
    expect(securityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("CSP reports", () => {
  it("reads both formats and keeps no sample, query string or full blocked URL", () => {
    const legacy = parseCspReports({
      "csp-report": {
        "document-uri": "https://mend.example/assignments/cmwyck1050015cv7ddmd8fee2?token=secret",
        "effective-directive": "img-src",
        "blocked-uri": "https://evil.example/pixel.png?answer=my+private+words",
        "script-sample": "my private words",
      },
    });
    expect(legacy).toEqual([
      {
        directive: "img-src",
        blocked: "https://evil.example",
        page: "/assignments/:id",
        disposition: "enforce",
      },
    ]);
    expect(JSON.stringify(legacy)).not.toMatch(/private|secret|pixel/);
    const modern = parseCspReports([
      {
        type: "csp-violation",
        body: {
          documentURL: "https://mend.example/home",
          effectiveDirective: "script-src-elem",
          blockedURL: "inline",
          sample: "alert(1)",
        },
      },
      { type: "deprecation", body: {} },
    ]);
    expect(modern).toEqual([
      { directive: "script-src-elem", blocked: "inline", page: "/home", disposition: "enforce" },
    ]);
  });

  it("refuses what is not a report and bounds what is", () => {
    expect(parseCspReports({ nope: 1 })).toBeNull();
    expect(parseCspReports("x")).toBeNull();
    expect(
      parseCspReports(Array.from({ length: 100 }, () => ({ type: "csp-violation", body: {} }))),
    ).toHaveLength(CSP_MAX_REPORTS_PER_REQUEST);
    expect(blockedSource("javascript:alert(1)")).toBe("javascript");
    expect(blockedSource("data:text/html,<script>")).toBe("data");
    expect(blockedSource("not a url")).toBe("other");
    expect(pagePath("nonsense")).toBe("");
  });
});
