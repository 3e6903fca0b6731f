import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./client";

// The one Prisma client of the app process. Only lib/ imports it; routes and components go through
// lib/<feature> services, which take the acting user and scope every query.
const globalForPrisma = globalThis as unknown as { mendPrisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.mendPrisma ?? createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_MAX);

// Dev hot reload and test files re-evaluate modules; keep one pool per process.
globalForPrisma.mendPrisma = db;

export type { PrismaClient };
export { Prisma } from "./client";
