import { describe, expect, it } from "vitest";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { readStoredAnswers, sameAnswers, sharedValues } from "@/lib/responses/answers";
import { checkAnswers } from "@/lib/responses/check-answers";
import { canKeepBoth, mergeAnswers, resolveConflict } from "@/components/responses/draft-sync/merge";
import { RESPONSE_MAX_BYTES } from "@/lib/responses/schemas";
import { saveResponseOperation, submitResponseOperation } from "@/lib/responses/operations";
import { readJsonBody } from "@/lib/http/body";

const definition = {
  slug: "demo",
  version: 1,
  title: "Demo",
  summary: "Demo",
  section: "demo",
  audience: "couple",
  estimatedMinutes: 5,
  credit: { source: "s", author: "a", section: "x" },
  perspectives: [
    {
      id: "was-hurt",
      label: "Hurt",
      prompts: [
        { id: "words", kind: "long_text", label: "Words", required: true, maxLength: 20 },
        {
          id: "scale",
          kind: "scale",
          label: "Scale",
          required: false,
          min: 0,
          max: 10,
          minLabel: "low",
          maxLabel: "high",
        },
      ],
    },
    {
      id: "caused-harm",
      label: "Harm",
      prompts: [{ id: "other", kind: "short_text", label: "Other", required: false, maxLength: 300 }],
    },
  ],
} as ExerciseDefinition;

describe("checkAnswers", () => {
  it("accepts answers of the right shape for the perspective", () => {
    const result = checkAnswers(
      definition,
      "was-hurt",
      { words: { value: "hello", shared: true }, scale: { value: 3, shared: false } },
      true,
    );
    expect(result).toEqual({
      ok: true,
      answers: { words: { value: "hello", shared: true }, scale: { value: 3, shared: false } },
    });
  });

  it("refuses the other perspective's prompts, bad values, and sharing without a partner, each with a path", () => {
    const result = checkAnswers(
      definition,
      "was-hurt",
      {
        other: { value: "x", shared: false },
        scale: { value: 11, shared: false },
        words: { value: "x".repeat(21), shared: false },
      },
      true,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path).sort()).toEqual([
        "answers.other",
        "answers.scale.value",
        "answers.words.value",
      ]);
    const sharing = checkAnswers(definition, "was-hurt", { words: { value: "x", shared: true } }, false);
    expect(sharing).toMatchObject({ ok: false, problems: [{ path: "answers.words.shared" }] });
  });
});

describe("stored answers", () => {
  it("reads defensively and exposes only shared values", () => {
    const stored = readStoredAnswers({
      a: { value: "private", shared: false },
      b: { value: "open", shared: true },
      c: "junk",
      d: null,
    });
    expect(Object.keys(stored)).toEqual(["a", "b"]);
    expect(sharedValues(stored)).toEqual({ b: "open" });
    expect(readStoredAnswers([1, 2])).toEqual({});
  });

  it("treats an empty private answer as no answer", () => {
    expect(sameAnswers({ a: { value: "", shared: false } }, {})).toBe(true);
    expect(sameAnswers({ a: { value: "", shared: true } }, {})).toBe(false);
    expect(
      sameAnswers({ a: { value: ["x", "y"], shared: false } }, { a: { value: ["x", "y"], shared: false } }),
    ).toBe(true);
  });
});

describe("three-way merge", () => {
  const base = { a: { value: "base a", shared: false }, b: { value: "base b", shared: false } };

  it("takes each side's own changes without asking", () => {
    const mine = { ...base, a: { value: "mine a", shared: false } };
    const theirs = { ...base, b: { value: "their b", shared: true }, c: { value: "new c", shared: false } };
    const { merged, conflicts } = mergeAnswers(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      a: { value: "mine a", shared: false },
      b: { value: "their b", shared: true },
      c: { value: "new c", shared: false },
    });
  });

  it("reports both texts when both changed the same answer, and resolves by choice", () => {
    const mine = { ...base, a: { value: "mine a", shared: false } };
    const theirs = { ...base, a: { value: "their a", shared: false } };
    const { conflicts } = mergeAnswers(base, mine, theirs);
    expect(conflicts).toEqual([
      {
        promptId: "a",
        mine: { value: "mine a", shared: false },
        theirs: { value: "their a", shared: false },
      },
    ]);
    const conflict = conflicts[0]!;
    expect(canKeepBoth(conflict)).toBe(true);
    expect(resolveConflict(conflict, "mine").value).toBe("mine a");
    expect(resolveConflict(conflict, "theirs").value).toBe("their a");
    expect(resolveConflict(conflict, "both").value).toBe("mine a\n\ntheir a");
  });

  it("keeps both only as shared when both copies were shared", () => {
    const conflict = {
      promptId: "a",
      mine: { value: "m", shared: true },
      theirs: { value: "t", shared: false },
    };
    expect(resolveConflict(conflict, "both").shared).toBe(false);
    expect(
      canKeepBoth({ promptId: "s", mine: { value: 3, shared: false }, theirs: { value: 4, shared: false } }),
    ).toBe(false);
  });

  it("same change on both sides is no conflict", () => {
    const same = { ...base, a: { value: "same", shared: false } };
    expect(mergeAnswers(base, same, same).conflicts).toEqual([]);
  });
});

describe("size limits", () => {
  it("answers bodies above 200 KB with 413 before parsing", async () => {
    expect(RESPONSE_MAX_BYTES).toBe(200 * 1024);
    expect(saveResponseOperation.maxBodyBytes).toBe(RESPONSE_MAX_BYTES);
    expect(submitResponseOperation.maxBodyBytes).toBe(RESPONSE_MAX_BYTES);
    const body = JSON.stringify({
      version: 0,
      answers: { a: { value: "x".repeat(RESPONSE_MAX_BYTES), shared: false } },
    });
    const request = new Request("http://localhost/api/v1/assignments/a/response", { method: "PUT", body });
    await expect(readJsonBody(request, saveResponseOperation.maxBodyBytes)).rejects.toMatchObject({
      status: 413,
    });
    const small = new Request("http://localhost/x", {
      method: "PUT",
      body: JSON.stringify({ version: 0, answers: {} }),
    });
    await expect(readJsonBody(small, saveResponseOperation.maxBodyBytes)).resolves.toEqual({
      version: 0,
      answers: {},
    });
  });
});
