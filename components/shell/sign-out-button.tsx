"use client";

/** Offline drafts live in this browser only until sign-out (see SECURITY.md). */
export function clearLocalDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith("mend:")) localStorage.removeItem(key);
  } catch {
    // storage may be unavailable (private mode); nothing to clear then
  }
}

/**
 * next-auth's sign-out (its CSRF token, then a POST that ends the session row and clears the
 * cookie), done with fetch: the button is on every page, including the client's completion page,
 * and next-auth's browser client would add about 12 KB of gzipped JavaScript there for this alone.
 */
export async function signOutOfMend(): Promise<void> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: "/sign-in", json: "true" }),
  });
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        clearLocalDrafts();
        await signOutOfMend().catch(() => undefined);
        window.location.replace("/sign-in");
      }}
      className="min-h-11 rounded-lg px-3 text-muted hover:text-ink"
    >
      Sign out
    </button>
  );
}
