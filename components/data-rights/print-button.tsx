"use client";

import { buttonClasses } from "@/components/ui/button";

/** Opens the browser's print dialog (which can also save a PDF). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses("primary")}>
      Print or save as PDF
    </button>
  );
}
