import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./client";

// The one Prisma client of the app process. Only lib/ imports it; routes and components go through
// lib/<feature> services, which take the acting user and scope every query.
//
// Created on first use, not at import: `next build` imports route modules without a database or
// secrets, and the environment is validated when the server starts (instrumentation.ts).
const globalForPrisma = globalThis as unknown as { mendPrisma?: PrismaClient };

function client(): PrismaClient {
  // Dev hot reload and test files re-evaluate modules; keep one pool per process.
  globalForPrisma.mendPrisma ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_MAX);
  return globalForPrisma.mendPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type { PrismaClient };
export { Prisma } from "./client";
