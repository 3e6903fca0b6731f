import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "@/lib/exercises/load-pack";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import { INSTRUMENTS } from "@/lib/measures/instruments";

// The measures must read exactly as published. The expected text below was checked against the
// published forms (PHQ-9 and GAD-7 as distributed by Pfizer; CSI-4 items from Funk & Rogge, 2007,
// whose CSI-32/CSI-16 carry the same items) and against more than one reproduction of each.

const PACK = path.resolve(__dirname, "../../../content/guides/standard-measures");

type Choice = Extract<Prompt, { kind: "single_choice" }>;

async function measure(slug: string): Promise<ExerciseDefinition> {
  const { exercises } = await loadPack(PACK);
  const def = exercises.find((e) => e.slug === slug);
  if (!def) throw new Error(`${slug} missing`);
  return def;
}

const choices = (def: ExerciseDefinition) => (def.prompts ?? []) as Choice[];
const labels = (p: Choice) => p.options.map((o) => o.label);

const FREQUENCY = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
const DIFFICULTY = ["Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"];
const DIFFICULTY_QUESTION =
  "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?";

describe("standard measures: published wording", () => {
  it("PHQ-9: the stem, the nine items, the four answers and the unscored difficulty question", async () => {
    const def = await measure("phq-9");
    expect(def.intro).toContain(
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    );
    const prompts = choices(def);
    expect(prompts.map((p) => p.label)).toEqual([
      "Little interest or pleasure in doing things",
      "Feeling down, depressed, or hopeless",
      "Trouble falling or staying asleep, or sleeping too much",
      "Feeling tired or having little energy",
      "Poor appetite or overeating",
      "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
      "Trouble concentrating on things, such as reading the newspaper or watching television",
      "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
      "Thoughts that you would be better off dead or of hurting yourself in some way",
      DIFFICULTY_QUESTION,
    ]);
    for (const p of prompts.slice(0, 9)) expect(labels(p)).toEqual(FREQUENCY);
    expect(labels(prompts[9]!)).toEqual(DIFFICULTY);
    expect(prompts.slice(0, 9).every((p) => p.required)).toBe(true);
    expect(prompts[9]!.required).toBe(false);
    expect(def.measure).toMatchObject({ instrument: "phq-9" });
    expect(def.measure!.citation).toContain("Kroenke");
    expect(def.measure!.licence).toContain("No permission required to reproduce");
  });

  it("GAD-7: the stem, the seven items and the four answers", async () => {
    const def = await measure("gad-7");
    expect(def.intro).toContain(
      "Over the last 2 weeks, how often have you been bothered by the following problems?",
    );
    const prompts = choices(def);
    expect(prompts.map((p) => p.label)).toEqual([
      "Feeling nervous, anxious or on edge",
      "Not being able to stop or control worrying",
      "Worrying too much about different things",
      "Trouble relaxing",
      "Being so restless that it is hard to sit still",
      "Becoming easily annoyed or irritable",
      "Feeling afraid as if something awful might happen",
      DIFFICULTY_QUESTION,
    ]);
    for (const p of prompts.slice(0, 7)) expect(labels(p)).toEqual(FREQUENCY);
    expect(def.measure!.citation).toContain("Spitzer");
  });

  it("CSI-4: the four items with their own answer scales", async () => {
    const def = await measure("csi-4");
    const prompts = choices(def);
    expect(prompts.map((p) => p.label)).toEqual([
      "Please indicate the degree of happiness, all things considered, of your relationship.",
      "I have a warm and comfortable relationship with my partner.",
      "How rewarding is your relationship with your partner?",
      "In general, how satisfied are you with your relationship?",
    ]);
    expect(labels(prompts[0]!)).toEqual([
      "Extremely Unhappy",
      "Fairly Unhappy",
      "A Little Unhappy",
      "Happy",
      "Very Happy",
      "Extremely Happy",
      "Perfect",
    ]);
    expect(labels(prompts[1]!)).toEqual([
      "Not at all TRUE",
      "A little TRUE",
      "Somewhat TRUE",
      "Mostly TRUE",
      "Almost Completely TRUE",
      "Completely TRUE",
    ]);
    const degree = ["Not at all", "A little", "Somewhat", "Mostly", "Almost Completely", "Completely"];
    expect(labels(prompts[2]!)).toEqual(degree);
    expect(labels(prompts[3]!)).toEqual(degree);
    expect(def.measure!.citation).toContain("Funk JL, Rogge RD");
  });

  it("every scored item and option in the content has points in the scoring rules, and nothing else", async () => {
    for (const [slug, rules] of Object.entries(INSTRUMENTS)) {
      const def = await measure(slug);
      const scored = choices(def).filter((p) => p.id in rules.items);
      expect(scored.map((p) => p.id)).toEqual(Object.keys(rules.items));
      for (const p of scored) expect(p.options.map((o) => o.id)).toEqual(Object.keys(rules.items[p.id]!));
      const maxTotal = Object.values(rules.items).reduce(
        (sum, pts) => sum + Math.max(...Object.values(pts)),
        0,
      );
      expect(maxTotal).toBe(rules.maxTotal);
    }
  });

  it("measures are offered to individuals and couples alike, each partner answering their own", async () => {
    for (const slug of ["phq-9", "gad-7", "csi-4"]) {
      const def = await measure(slug);
      expect(def.audience).toBe("both");
      expect(def.perspectives).toBeUndefined();
    }
  });
});
