/**
 * On every client page, never gated: where to get help now (crisis, emergency, and domestic violence,
 * since couples work assumes no one is in danger), and that Mend is not watched live.
 */
export function CrisisNotice() {
  return (
    <aside aria-label="Crisis help" className="no-print border-t border-line bg-accent-soft">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <span className="font-medium">Need help right now?</span>
        <span>
          Call or text{" "}
          <a className="font-semibold underline" href="tel:988">
            988
          </a>{" "}
          (Suicide &amp; Crisis Lifeline) ·{" "}
          <a className="font-semibold underline" href="sms:988">
            Text 988
          </a>{" "}
          · Emergency:{" "}
          <a className="font-semibold underline" href="tel:911">
            911
          </a>
        </span>
        <span>
          Domestic violence:{" "}
          <a className="font-semibold underline" href="tel:18007997233">
            800-799-7233
          </a>{" "}
          (National Domestic Violence Hotline) · or{" "}
          <a className="font-semibold underline" href="sms:88788?&body=START">
            text START to 88788
          </a>
        </span>
        <span className="text-muted">Mend is not monitored in real time.</span>
      </div>
    </aside>
  );
}
