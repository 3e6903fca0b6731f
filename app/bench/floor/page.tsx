import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { FloorNote } from "./floor-note";

// The benchmark's page floor (`npm run bench`): the least an authenticated App Router page of this
// app costs, with nothing of the app's own in it. The same root layout, proxy.ts headers, session
// check (the one page() makes) and RSC render with HTML streaming as /home, /dashboard and /inbox,
// then fixed content and one tiny client component to hydrate (Lighthouse audits this page as the
// best score any React page of Mend can get on the machine). No app shell or navigation, no data.
// Inert unless the server was started with MEND_BENCH=1: 404 otherwise, before the session is read.

export const metadata: Metadata = { title: "Benchmark floor" };

const ROLES = ["ADMIN", "CLINICIAN", "CLIENT"] as const;

const ITEMS = [
  { id: "floor-1", title: "Fixed item one", state: "Assigned" },
  { id: "floor-2", title: "Fixed item two", state: "Sent" },
];

export default async function BenchFloorPage() {
  if (process.env.MEND_BENCH !== "1") notFound();
  await requirePageActor(ROLES);
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-5 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Benchmark floor</h1>
      <p className="text-muted">
        Fixed content for measuring the framework: nothing here is read from the database.
      </p>
      <ul className="flex flex-col gap-2">
        {ITEMS.map((item) => (
          <li key={item.id} className="rounded-xl border border-line bg-surface p-4">
            {item.title}: {item.state}
          </li>
        ))}
      </ul>
      <FloorNote />
    </main>
  );
}
