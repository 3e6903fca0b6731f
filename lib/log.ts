// Structured logs carry event names, ids and error classes only: never request bodies, answers,
// notes, names or emails (PHI). Errors are reduced to their name and, for our own code, message.

type Fields = Record<string, string | number | boolean | null | undefined>;

function write(level: "info" | "warn" | "error", event: string, fields: Fields): void {
  const line = JSON.stringify({ level, event, time: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export function logInfo(event: string, fields: Fields = {}): void {
  write("info", event, fields);
}

export function logWarn(event: string, fields: Fields = {}): void {
  write("warn", event, fields);
}

export function logError(event: string, error: unknown, fields: Fields = {}): void {
  // Database and library messages can echo values (including answer text): keep only the class
  // and, for Prisma errors, the code.
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown })?.code;
  write("error", event, {
    ...fields,
    errorName: name,
    errorCode: typeof code === "string" ? code : undefined,
  });
  if (process.env.MEND_DEBUG_ERRORS === "1" && error instanceof Error) console.error(error.stack);
}
