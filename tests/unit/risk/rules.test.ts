import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "@/lib/exercises/load-pack";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { canRaiseRisk, riskFindings } from "@/lib/risk/rules";

const CONTENT = path.resolve(__dirname, "../../../content/guides");

async function exercise(pack: string, slug: string): Promise<ExerciseDefinition> {
  const { exercises } = await loadPack(path.join(CONTENT, pack));
  return exercises.find((e) => e.slug === slug)!;
}

describe("risk rules", () => {
  it("PHQ-9 item 9 above 'Not at all' raises a self-harm alert; 'Not at all' or unanswered does not", async () => {
    const phq9 = await exercise("standard-measures", "phq-9");
    expect(riskFindings(phq9, { "phq9-9": "several-days" }, 3)).toEqual(["SELF_HARM_ITEM"]);
    expect(riskFindings(phq9, { "phq9-9": "more-than-half-the-days" }, 3)).toEqual(["SELF_HARM_ITEM"]);
    expect(riskFindings(phq9, { "phq9-9": "nearly-every-day" }, 3)).toEqual(["SELF_HARM_ITEM"]);
    expect(riskFindings(phq9, { "phq9-9": "not-at-all" }, 3)).toEqual([]);
    expect(riskFindings(phq9, {}, 3)).toEqual([]);
  });

  it("the same prompt id outside the PHQ-9 raises nothing (only the published item counts)", async () => {
    const gad7 = await exercise("standard-measures", "gad-7");
    expect(riskFindings(gad7, { "phq9-9": "nearly-every-day", "gad7-1": "nearly-every-day" }, 3)).toEqual([]);
  });

  it("the weekly check-in's felt-safe at or below the practice threshold raises a low-safety alert", async () => {
    const checkIn = await exercise("trust-repair", "weekly-trust-check-in");
    expect(canRaiseRisk(checkIn)).toEqual({ selfHarm: false, safety: true });
    expect(riskFindings(checkIn, { "felt-safe": 3 }, 3)).toEqual(["LOW_SAFETY"]);
    expect(riskFindings(checkIn, { "felt-safe": 0 }, 3)).toEqual(["LOW_SAFETY"]);
    expect(riskFindings(checkIn, { "felt-safe": 4 }, 3)).toEqual([]);
    expect(riskFindings(checkIn, { "felt-safe": 5 }, 5)).toEqual(["LOW_SAFETY"]);
    expect(riskFindings(checkIn, { "felt-safe": 0 }, 0)).toEqual(["LOW_SAFETY"]);
    expect(riskFindings(checkIn, { "felt-safe": 1 }, 0)).toEqual([]);
  });

  it("exercises without those questions never raise anything", async () => {
    const slowing = await exercise("trust-repair", "slowing-down");
    expect(canRaiseRisk(slowing)).toEqual({ selfHarm: false, safety: false });
    expect(riskFindings(slowing, { "felt-safe": 0, "phq9-9": "nearly-every-day" }, 3)).toEqual([]);
  });
});
