"use client";

import { Suspense, useEffect } from "react";

function RunOnMount({ run }: { run: () => void }) {
  useEffect(() => run(), [run]);
  return null;
}

/**
 * Calls `run` (keep it stable) once what is rendered before it has hydrated. On a server-rendered
 * page React hydrates each Suspense boundary later, at idle priority and in document order; this
 * one, placed after the content, comes last. Work started here (and the re-render it causes) does
 * not force the boundaries before it to hydrate early all at once, as an update reaching a
 * boundary that is not yet hydrated does. Rendered on the client alone, `run` runs on mount.
 */
export function AfterHydration({ run }: { run: () => void }) {
  return (
    <Suspense>
      <RunOnMount run={run} />
    </Suspense>
  );
}
