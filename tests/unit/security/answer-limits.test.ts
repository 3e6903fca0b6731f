import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOG_ENTRY_MAX_LENGTH, LOG_MAX_ENTRIES } from "@/lib/exercises/answers";
import { loadAllPacks } from "@/lib/exercises/load-pack";
import { promptLists, type Prompt } from "@/lib/exercises/schema";
import { RESPONSE_MAX_BYTES } from "@/lib/responses/schemas";
import { saveResponseOperation, submitResponseOperation } from "@/lib/responses/operations";

// The limits a client meets while writing must agree with what the server takes. The browser
// stops typing at each prompt's maxLength (textarea maxLength, UTF-16 units) and the server checks
// the same number per answer; the whole draft travels in one body of at most RESPONSE_MAX_BYTES.
// SECURITY.md ("Size limits") states these numbers.

/** A JSON body's bytes for an answer of `units` UTF-16 units: 1 (ASCII), 3 (most other scripts). */
function answerBytes(prompts: Prompt[], bytesPerUnit: number): number {
  let total = 200; // {"version":N,"answers":{...}} and the `shared` flags
  for (const prompt of prompts) {
    total += prompt.id.length + 40;
    if (prompt.kind === "long_text" || prompt.kind === "short_text") total += prompt.maxLength * bytesPerUnit;
    else if (prompt.kind === "log") total += LOG_MAX_ENTRIES * (LOG_ENTRY_MAX_LENGTH * bytesPerUnit + 60);
    else total += 400;
  }
  return total;
}

describe("answer size limits", () => {
  it("the draft and submit routes take RESPONSE_MAX_BYTES", () => {
    expect(saveResponseOperation.maxBodyBytes).toBe(RESPONSE_MAX_BYTES);
    expect(submitResponseOperation.maxBodyBytes).toBe(RESPONSE_MAX_BYTES);
    expect(RESPONSE_MAX_BYTES).toBe(200 * 1024);
  });

  it("one text answer at its longest fits in a body, in any script", () => {
    // The content schema caps long_text at 50,000 units; 3 bytes per unit covers every script
    // (a character outside the BMP is 2 units and 4 bytes).
    expect(50_000 * 3 + 1_000).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
  });

  it("every guide exercise, filled to every limit in plain text, fits in one body", async () => {
    const packs = await loadAllPacks(path.join(process.cwd(), "content/guides"));
    const exercises = packs.flatMap((p) => p.exercises);
    expect(exercises.length).toBeGreaterThan(5);
    const tooBig: string[] = [];
    for (const exercise of exercises) {
      for (const list of promptLists(exercise)) {
        // Log prompts are bounded by entries, not by the body (see the next test).
        const text = list.prompts.filter((p) => p.kind !== "log");
        const bytes = answerBytes(text, 1);
        if (bytes > RESPONSE_MAX_BYTES)
          tooBig.push(
            `${exercise.slug}${list.perspectiveId ? `/${list.perspectiveId}` : ""}: ${bytes} bytes`,
          );
      }
    }
    expect(tooBig).toEqual([]);
  });

  it("states the known gap: a log filled to its entry limits is larger than one body", () => {
    // 200 entries of 2,000 characters would be 400 KB: such a draft is refused with 413 (and kept in
    // the browser), which SECURITY.md records as a known limit rather than a silent truncation.
    expect(LOG_MAX_ENTRIES * LOG_ENTRY_MAX_LENGTH).toBeGreaterThan(RESPONSE_MAX_BYTES);
  });
});
