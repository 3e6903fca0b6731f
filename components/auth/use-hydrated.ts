"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server HTML and until React has hydrated, then true. Forms that submit through
 * JavaScript keep their button disabled until then, so an early tap cannot fall back to a native
 * submit (which would put what was typed into the address bar).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
