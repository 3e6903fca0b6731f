"use client";

import { buttonClasses } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles make it a prep sheet. */
export function PrintPrepButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses("secondary", "no-print")}>
      Print prep sheet
    </button>
  );
}
