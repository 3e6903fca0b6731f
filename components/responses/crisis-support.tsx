"use client";

import { useEffect, useRef } from "react";

// Shown right after sending answers that raised a risk alert (PHQ-9 question 9 above "Not at all",
// or feeling unsafe in the weekly check-in). Calm, plain, and honest that the therapist will see
// it but not immediately: Mend is not watched in real time, so help now is elsewhere.

const link = "font-semibold text-accent underline underline-offset-4";

export function CrisisSupport({ clinicianName, onBack }: { clinicianName: string; onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);

  return (
    <section
      aria-labelledby="crisis-support-heading"
      data-testid="crisis-support"
      className="flex flex-col gap-5 rounded-xl border border-line bg-surface p-5 sm:p-6"
    >
      <h1 id="crisis-support-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        Thank you for sending this
      </h1>
      <p className="text-lg">
        Some of your answers tell us things may be very hard right now. You don&apos;t have to wait to talk to
        someone.
      </p>
      <ul className="flex flex-col gap-4">
        <li className="rounded-lg bg-accent-soft p-4">
          <p className="font-medium">988 Suicide &amp; Crisis Lifeline, any time, free</p>
          <p>
            <a className={link} href="tel:988">
              Call 988
            </a>{" "}
            or{" "}
            <a className={link} href="sms:988">
              text 988
            </a>
          </p>
        </li>
        <li className="rounded-lg bg-accent-soft p-4">
          <p className="font-medium">Crisis Text Line</p>
          <p>
            <a className={link} href="sms:741741?&body=HOME">
              Text HOME to 741741
            </a>
          </p>
        </li>
        <li className="rounded-lg bg-accent-soft p-4">
          <p className="font-medium">If you are in danger now</p>
          <p>
            <a className={link} href="tel:911">
              Call 911
            </a>
          </p>
        </li>
      </ul>
      <p data-testid="crisis-support-clinician">
        {clinicianName} will see your answers, but not right away: Mend is not watched in real time, and it
        may be some hours before they read this. If you need help now, please use one of the numbers above.
      </p>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <a
          href="/home"
          className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
        >
          Back to home
        </a>
        <button
          type="button"
          onClick={onBack}
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          See my answers
        </button>
      </div>
    </section>
  );
}
