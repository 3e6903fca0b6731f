import { CSP_REPORT_PATH } from "./csp-report";

// Response headers for every page and API answer. The CSP uses a per-request nonce with
// 'strict-dynamic': Next.js marks its own scripts with the nonce, and nothing else runs. Violations
// are reported to /api/csp-report (report-uri for every browser, report-to where supported).

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Styles are our own stylesheet plus React style attributes; CSS cannot run script.
    "style-src 'self' 'unsafe-inline'",
    // No external images: answer text can never make a browser call out to a third party.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
    `report-uri ${CSP_REPORT_PATH}`,
    "report-to csp",
  ].join("; ");
}

export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Reporting-Endpoints": `csp="${CSP_REPORT_PATH}"`,
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
