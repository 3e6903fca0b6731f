import "server-only";
import { db } from "@/lib/db";

const TIMEOUT_MS = 2_000;

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
    ]);
    return true;
  } catch {
    return false;
  }
}
