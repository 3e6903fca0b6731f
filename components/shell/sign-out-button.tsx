"use client";

import { signOut } from "next-auth/react";

/** Offline drafts live in this browser only until sign-out (see SECURITY.md). */
export function clearLocalDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith("mend:")) localStorage.removeItem(key);
  } catch {
    // storage may be unavailable (private mode); nothing to clear then
  }
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => {
        clearLocalDrafts();
        void signOut({ callbackUrl: "/sign-in" });
      }}
      className="min-h-11 rounded-lg px-3 text-muted hover:text-ink"
    >
      Sign out
    </button>
  );
}
