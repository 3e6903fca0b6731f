// CSP violation reports (the browser's `report-uri` and Reporting API `report-to` formats), reduced
// to what is safe to log: which directive, what kind of source was blocked (a scheme and host, or
// "inline"/"eval"), and the page's path. Never the sample or the full blocked URL: an injected
// payload is someone's answer text (PHI), and query strings can carry tokens.

export const CSP_REPORT_PATH = "/api/csp-report";
export const CSP_REPORT_MAX_BYTES = 16 * 1024;
/** Reports beyond this many in one request are ignored (a browser batches a handful at most). */
export const CSP_MAX_REPORTS_PER_REQUEST = 10;

export type CspViolation = { directive: string; blocked: string; page: string; disposition: string };

function text(value: unknown, max = 100): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** "inline", "eval", "data", or scheme://host of a blocked URL; "other" for anything else. */
export function blockedSource(value: unknown): string {
  const raw = text(value, 2000).trim();
  if (
    raw === "" ||
    raw === "inline" ||
    raw === "eval" ||
    raw === "wasm-eval" ||
    raw === "trusted-types-policy" ||
    raw === "trusted-types-sink"
  ) {
    return raw || "inline";
  }
  if (/^(data|blob|javascript|about):/i.test(raw)) return raw.split(":")[0]!.toLowerCase();
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return "other";
  }
}

/** The path of the page the violation happened on, with long opaque segments (ids) masked. */
export function pagePath(value: unknown): string {
  try {
    const url = new URL(text(value, 2000));
    return url.pathname
      .split("/")
      .map((segment) => (segment.length >= 16 || /\d{4,}/.test(segment) ? ":id" : segment))
      .join("/")
      .slice(0, 200);
  } catch {
    return "";
  }
}

function one(body: Record<string, unknown>): CspViolation {
  const directive = text(
    body["effectiveDirective"] ??
      body["effective-directive"] ??
      body["violated-directive"] ??
      body["violatedDirective"],
  );
  return {
    directive: directive.split(" ")[0]!.replace(/[^a-z-]/g, "") || "unknown",
    blocked: blockedSource(body["blockedURL"] ?? body["blocked-uri"] ?? body["blockedURI"]),
    page: pagePath(body["documentURL"] ?? body["document-uri"] ?? body["documentURI"]),
    disposition: text(body["disposition"], 20) === "report" ? "report" : "enforce",
  };
}

/** Violations in either report format, or null when the payload is neither. At most CSP_MAX_REPORTS_PER_REQUEST. */
export function parseCspReports(payload: unknown): CspViolation[] | null {
  if (Array.isArray(payload)) {
    const violations = payload
      .filter(
        (r): r is { type: string; body: Record<string, unknown> } =>
          typeof r === "object" &&
          r !== null &&
          typeof (r as { body?: unknown }).body === "object" &&
          (r as { body?: unknown }).body !== null,
      )
      .filter((r) => r.type === "csp-violation")
      .slice(0, CSP_MAX_REPORTS_PER_REQUEST)
      .map((r) => one(r.body));
    return violations;
  }
  if (
    payload &&
    typeof payload === "object" &&
    typeof (payload as Record<string, unknown>)["csp-report"] === "object"
  ) {
    const body = (payload as Record<string, Record<string, unknown> | null>)["csp-report"];
    return body ? [one(body)] : null;
  }
  return null;
}
