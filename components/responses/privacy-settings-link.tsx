import Link from "next/link";

/** For the account page: where a client finds who sees their answers and their couple's agreement. */
export function PrivacySettingsLink() {
  return (
    <section aria-labelledby="privacy-link-heading" className="rounded-xl border border-line bg-surface p-5 shadow-sm">
      <h2 id="privacy-link-heading" className="text-lg font-semibold">
        Privacy and sharing
      </h2>
      <p className="mt-1 text-muted">Who sees your answers, whether your therapist may see drafts, and (for couples) your confidentiality agreement.</p>
      <Link href="/account/privacy" className="mt-2 inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4">
        Open privacy and sharing
      </Link>
    </section>
  );
}
