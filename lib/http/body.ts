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
  const problem = inspectJson(parsed);
  if (problem === "too_deep")
    throw badRequest(`The request is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  if (problem === "forbidden_text")
    throw badRequest("The request contains characters Mend cannot store (NUL or broken Unicode).");
  return parsed;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request is larger than ${Math.floor(maxBytes / 1024)} KB.`);
}

// Lone surrogates survive JSON.parse ("\ud800") but cannot be stored as UTF-8.
const FORBIDDEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * No body Mend accepts is nested anywhere near this deep (an exercise definition is about 7 levels).
 * Deeper JSON is refused before zod or a service walks it recursively: 100,000 nested arrays fit in
 * 200 KB and would otherwise overflow the stack (a 500).
 */
export const MAX_JSON_DEPTH = 32;

export function isForbiddenText(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** Walks parsed JSON without recursion: "too_deep", "forbidden_text" (NUL, lone surrogates) or null. */
export function inspectJson(root: unknown, maxDepth = MAX_JSON_DEPTH): "too_deep" | "forbidden_text" | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (FORBIDDEN.test(value)) return "forbidden_text";
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= maxDepth) return "too_deep";
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN.test(key)) return "forbidden_text";
      stack.push([item, depth + 1]);
    }
  }
  return null;
}

export function containsForbiddenText(value: unknown): boolean {
  return inspectJson(value, Number.POSITIVE_INFINITY) === "forbidden_text";
}
