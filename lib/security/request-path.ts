// Addresses Mend cannot read. Next.js answers a dynamic segment with malformed percent-encoding
// (/clients/%C0%AF: not UTF-8) with a bare 500 before any route code runs; proxy.ts refuses such
// addresses with a 400 first, so a hostile address is never an "unexpected error".

/** True when every %XX sequence in the path decodes to valid UTF-8 without a NUL. */
export function isReadablePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !decoded.includes("\u0000");
}
