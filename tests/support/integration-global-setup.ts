import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { syncContentPacks } from "@/lib/exercises/sync";
import { startEmbeddedDatabase } from "../../scripts/embedded-db";
import {
  assertLocal,
  configuredServerUrl,
  createDatabase,
  dropDatabases,
  freePort,
  migrate,
  runId,
} from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    mendDatabaseUrls: string[];
    mendEmbedded: boolean;
  }
}

// Real PostgreSQL: one template database is migrated and loaded with the content packs once, then
// copied (CREATE DATABASE ... TEMPLATE) for each worker, so workers never share rows. Everything
// this run created is dropped at the end. Without a server, one in-memory PGlite serves a single
// worker.
export default async function setup(project: TestProject) {
  const serverUrl = configuredServerUrl();
  const workers = Math.max(1, Number(project.vitest.config.maxWorkers) || 1);

  if (!serverUrl) {
    const port = await freePort();
    const embedded = await startEmbeddedDatabase({ dataDir: "memory://", port });
    await migrate(embedded.url);
    const db = createPrismaClient(embedded.url, 1);
    await syncContentPacks(db);
    await db.$disconnect();
    await embedded.waitUntilIdle();
    project.provide("mendDatabaseUrls", [embedded.url]);
    project.provide("mendEmbedded", true);
    return async () => embedded.stop();
  }

  assertLocal(serverUrl);
  const id = runId();
  const template = `mend_test_${id}_template`;
  const templateUrl = await createDatabase(serverUrl, template);
  await migrate(templateUrl);
  const db = createPrismaClient(templateUrl, 1);
  await syncContentPacks(db);
  await db.$disconnect();

  const names = Array.from({ length: workers }, (_, i) => `mend_test_${id}_w${i + 1}`);
  const urls: string[] = [];
  for (const name of names) urls.push(await createDatabase(serverUrl, name, template));
  project.provide("mendDatabaseUrls", urls);
  project.provide("mendEmbedded", false);
  return async () => dropDatabases(serverUrl, [...names, template]);
}
