import { AppError, badRequest } from "@/lib/errors";

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON body with a hard size limit (413 before parsing), refusing broken UTF-8 and NUL
 * characters with a clean 400: they have no place in answers and break PostgreSQL text columns.
 */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw badRequest("A JSON body is required.");

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw badRequest("The request body is not valid UTF-8.");
  }
  if (text.trim() === "") throw badRequest("A JSON body is required.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
  if (containsForbiddenText(parsed)) throw badRequest("The request contains characters Mend cannot store (NUL or broken Unicode).");
  return parsed;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request is larger than ${Math.floor(maxBytes / 1024)} KB.`);
}

// Lone surrogates survive JSON.parse ("\ud800") but cannot be stored as UTF-8.
const FORBIDDEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function containsForbiddenText(value: unknown): boolean {
  if (typeof value === "string") return FORBIDDEN.test(value);
  if (Array.isArray(value)) return value.some(containsForbiddenText);
  if (value && typeof value === "object") {
    return Object.entries(value).some(([key, v]) => FORBIDDEN.test(key) || containsForbiddenText(v));
  }
  return false;
}
