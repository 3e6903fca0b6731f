// Rendered per request: the Content-Security-Policy nonce (proxy.ts) is only put on the scripts of
// pages rendered per request, so a prerendered page here would never hydrate.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-5 py-10">
      <p className="mb-8 text-center text-2xl font-semibold tracking-tight text-accent">Mend</p>
      {children}
      <p className="mt-10 text-center text-sm text-muted">
        In crisis? Call or text{" "}
        <a className="underline" href="tel:988">
          988
        </a>
        , or call{" "}
        <a className="underline" href="tel:911">
          911
        </a>{" "}
        in an emergency. Mend is not monitored in real time.
      </p>
    </main>
  );
}
