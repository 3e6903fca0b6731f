import { describe, expect, it } from "vitest";
import { loadAllPacks } from "@/lib/exercises/load-pack";
import { validateRequired } from "@/lib/exercises/answer-schemas";
import { valuesOf } from "@/lib/responses/answers";
import { checkAnswers } from "@/lib/responses/check-answers";
import { answersFor, answerTemplates, DEFAULT_SIZES, planPractice, scaleSizes } from "@/bench/plan";

describe("the benchmark practice's shape", () => {
  it("deals about clients/clinicians clients to each clinician, and makes couples inside one clinician's caseload", () => {
    const plan = planPractice(DEFAULT_SIZES);
    const perClinician = new Map<number, number>();
    for (const c of plan.clients) perClinician.set(c.clinician, (perClinician.get(c.clinician) ?? 0) + 1);
    expect(perClinician.size).toBe(50);
    expect(Math.min(...perClinician.values())).toBeGreaterThanOrEqual(99);
    expect(Math.max(...perClinician.values())).toBeLessThanOrEqual(101);
    expect(plan.couples).toHaveLength(1_000);
    for (const couple of plan.couples) {
      const [a, b] = couple.members.map((m) => plan.clients[m]!);
      expect(a!.clinician).toBe(couple.clinician);
      expect(b!.clinician).toBe(couple.clinician);
      expect(a!.couple).toBe(couple.index);
      expect(b!.couple).toBe(couple.index);
    }
    const members = plan.couples.flatMap((c) => c.members);
    expect(new Set(members).size).toBe(members.length);
    // Every individual and every couple is one unit that appointments and work are given to.
    expect(plan.units).toHaveLength(5_000 - 1_000);
    expect(plan.units.filter((u) => u.kind === "couple")).toHaveLength(1_000);
  });

  it("scales down 10x with at least one of everything, and refuses impossible sizes", () => {
    expect(scaleSizes(DEFAULT_SIZES, 10)).toEqual({
      clinicians: 5,
      clients: 500,
      couples: 100,
      assignments: 10_000,
    });
    expect(scaleSizes({ clinicians: 1, clients: 3, couples: 1, assignments: 5 }, 100)).toEqual({
      clinicians: 1,
      clients: 1,
      couples: 0,
      assignments: 1,
    });
    expect(() => planPractice({ clinicians: 2, clients: 4, couples: 3, assignments: 1 })).toThrow(/couples/);
    expect(() => planPractice({ clinicians: 3, clients: 2, couples: 0, assignments: 1 })).toThrow();
  });
});

describe("the benchmark's answers", () => {
  it("are valid answers to every prompt of every shipped exercise, for each perspective", async () => {
    const packs = await loadAllPacks();
    const definitions = packs.flatMap((p) => p.exercises);
    expect(definitions.length).toBeGreaterThan(3);
    for (const d of definitions) {
      const perspectives = d.perspectives ? d.perspectives.map((p) => p.id) : [null];
      for (const perspective of perspectives) {
        for (let variant = 0; variant < 3; variant += 1) {
          const answers = answersFor(d, perspective, variant, d.perspectives !== undefined);
          expect(Object.keys(answers).length).toBeGreaterThan(0);
          const checked = checkAnswers(d, perspective, answers, true);
          expect(checked.ok, `${d.slug}/${perspective}: ${JSON.stringify(checked)}`).toBe(true);
          // Complete enough to be sent (bench:faults submits them).
          expect(validateRequired(d, perspective, valuesOf(checked.ok ? checked.answers : {}))).toEqual({});
        }
      }
    }
  });

  it("gives individuals only exercises without perspectives, and couples everything meant for couples", async () => {
    const definitions = (await loadAllPacks()).flatMap((p) => p.exercises);
    const templates = answerTemplates(definitions.map((definition, i) => ({ id: `v${i}`, definition })));
    const byId = new Map(definitions.map((d, i) => [`v${i}`, d]));
    for (const t of templates.individual) {
      expect(byId.get(t.versionId)!.perspectives).toBeUndefined();
      expect(byId.get(t.versionId)!.audience).not.toBe("couple");
    }
    expect(templates.couple.some((t) => t.perspectives[0] !== null)).toBe(true);
    for (const t of templates.couple) expect(byId.get(t.versionId)!.audience).not.toBe("individual");
  });
});
