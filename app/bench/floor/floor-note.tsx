"use client";

import { useState } from "react";

// The page floor's one client component: a field that hydrates and answers typing, the least a page
// people write in needs. Self-contained on purpose (no shared app components), so the floor page's
// chunks stay its own and never touch another page's JavaScript budget.
export function FloorNote() {
  const [text, setText] = useState("");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="floor-note" className="font-medium">
        A note
      </label>
      <textarea
        id="floor-note"
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        className="rounded-lg border border-line bg-surface p-3"
      />
      <p className="text-sm text-muted">{text.length} characters</p>
    </div>
  );
}
