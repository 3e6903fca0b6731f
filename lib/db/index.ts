import "server-only";
import type pg from "pg";
import { env } from "@/lib/env";
import { createSharedPoolClient, type PrismaClient } from "./client";

// The one Prisma client of the app process. Only lib/ imports it; routes and components go through
// lib/<feature> services, which take the acting user and scope every query.
//
// Created on first use, not at import: `next build` imports route modules without a database or
// secrets, and the environment is validated when the server starts (instrumentation.ts).
//
// The client runs on a pg pool that the job queue (lib/jobs, pg-boss) shares: one pool per process,
// so DATABASE_POOL_MAX bounds every connection the process opens (1 on the embedded database).
const globalForPrisma = globalThis as unknown as { mendPrisma?: PrismaClient; mendPool?: pg.Pool };

function init(): { prisma: PrismaClient; pool: pg.Pool } {
  // Dev hot reload and test files re-evaluate modules; keep one pool per process.
  if (!globalForPrisma.mendPrisma || !globalForPrisma.mendPool) {
    const { prisma, pool } = createSharedPoolClient(env().DATABASE_URL, env().DATABASE_POOL_MAX);
    globalForPrisma.mendPrisma = prisma;
    globalForPrisma.mendPool = pool;
  }
  return { prisma: globalForPrisma.mendPrisma, pool: globalForPrisma.mendPool };
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = init().prisma;
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** The pg pool under `db`. For lib/jobs (pg-boss) only: everything else goes through `db`. */
export function dbPool(): pg.Pool {
  return init().pool;
}

export type { PrismaClient };
export { Prisma } from "./client";
