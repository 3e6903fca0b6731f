import path from "node:path";
import { describe, expect, it } from "vitest";
import { describePath } from "../../../components/exercises/editor/paths";
import {
  blankPrompt,
  emptyDraft,
  fromDraft,
  move,
  nextPromptId,
  setUsePerspectives,
  toDraft,
  withKindDefaults,
} from "../../../components/exercises/editor/draft";
import {
  audienceMatches,
  lengthMatches,
  libraryQuery,
  parseLibraryFilters,
  searchableText,
  searchTokens,
  textMatches,
} from "../../../lib/exercises/filters";
import { contentHash, loadPack } from "../../../lib/exercises/load-pack";
import { checkDefinition } from "../../../lib/exercises/validation";

const PACK_DIR = path.resolve(__dirname, "../../../content/guides/trust-repair");

describe("library filters", () => {
  it("parses a page's query, dropping blank and invalid values instead of failing", () => {
    expect(
      parseLibraryFilters({
        q: " repair ",
        section: "patience",
        audience: "couple",
        length: "short",
        page: "2",
        source: "",
      }),
    ).toEqual({
      q: "repair",
      section: "patience",
      audience: "couple",
      length: "short",
      page: 2,
    });
    expect(
      parseLibraryFilters({
        audience: "family",
        length: "forever",
        page: "-1",
        section: "Bad Section",
        q: ["first", "second"],
      }),
    ).toEqual({
      q: "first",
    });
  });

  it("matches audience with 'both' counting for individuals and couples", () => {
    expect(audienceMatches("couple", "both")).toBe(true);
    expect(audienceMatches("couple", "individual")).toBe(false);
    expect(audienceMatches("individual", "both")).toBe(true);
    expect(audienceMatches("both", "couple")).toBe(false);
    expect(audienceMatches(undefined, "couple")).toBe(true);
  });

  it("buckets lengths at 5 and 15 minutes", () => {
    expect(lengthMatches("short", 5)).toBe(true);
    expect(lengthMatches("short", 6)).toBe(false);
    expect(lengthMatches("medium", 6)).toBe(true);
    expect(lengthMatches("medium", 15)).toBe(true);
    expect(lengthMatches("long", 16)).toBe(true);
    expect(lengthMatches("long", 15)).toBe(false);
  });

  it("searches every word, case- and accent-insensitively, over title, summary and labels", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const slowing = searchableText(exercises.find((e) => e.slug === "slowing-down")!);
    expect(textMatches(searchTokens("PARTNER who caused"), slowing)).toBe(true);
    expect(textMatches(searchTokens("déféndíng yourself"), slowing)).toBe(true);
    expect(textMatches(searchTokens("partner zebra"), slowing)).toBe(false);
    expect(searchTokens("   ")).toEqual([]);
  });

  it("builds library URLs with one filter changed", () => {
    expect(libraryQuery({ q: "a b", section: "patience" }, { page: 2 })).toBe(
      "?q=a+b&section=patience&page=2",
    );
    expect(libraryQuery({ section: "patience" }, { section: undefined })).toBe("");
  });
});

describe("editor drafts", () => {
  it("round-trips every guide exercise exactly, so saving without edits adds no version", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    for (const def of exercises) {
      const back = { ...fromDraft(toDraft(def)), version: def.version };
      const checked = checkDefinition(back);
      expect(checked.ok, def.slug).toBe(true);
      if (checked.ok) {
        expect(checked.definition, def.slug).toEqual(def);
        expect(contentHash(checked.definition)).toBe(contentHash(def));
      }
    }
  });

  it("an empty draft needs a title and summary and a question label, and says where", () => {
    const checked = checkDefinition({
      ...fromDraft(emptyDraft("patience")),
      slug: "x",
      version: 1,
      credit: { source: "s", author: "a", section: "p" },
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.issues.map((i) => i.path).sort()).toEqual(["prompts.0.label", "summary", "title"]);
  });

  it("gives new choices ids, keeps numbers typed as text checkable, and fills kind defaults", () => {
    const draft = emptyDraft("patience");
    const scale = withKindDefaults({ ...blankPrompt("long_text", "q"), kind: "scale" });
    expect(scale).toMatchObject({ min: "0", max: "10" });
    const choice = withKindDefaults({ ...blankPrompt("long_text", "c"), kind: "single_choice" });
    expect(choice.choices).toHaveLength(2);
    choice.choices = choice.choices.map((c, i) => ({ ...c, label: `Choice ${i}` }));
    choice.label = "Pick";
    const def = fromDraft({ ...draft, title: "T", summary: "S", estimatedMinutes: "ten", prompts: [choice] });
    expect(def.estimatedMinutes).toBe("ten");
    expect((def.prompts as { options: { id: string }[] }[])[0]?.options.map((o) => o.id)).toEqual([
      "option-1",
      "option-2",
    ]);
  });

  it("switches perspectives on (copying the questions) and off (keeping the first)", () => {
    const draft = {
      ...emptyDraft("patience"),
      prompts: [blankPrompt("long_text", "question-1"), blankPrompt("scale", "question-2")],
    };
    const on = setUsePerspectives(draft, true);
    expect(on.perspectives.map((p) => p.id)).toEqual(["was-hurt", "caused-harm"]);
    expect(on.perspectives[1]?.prompts.map((p) => p.id)).toEqual(["question-1", "question-2"]);
    expect(on.perspectives[1]?.prompts[0]?.key).not.toBe(on.perspectives[0]?.prompts[0]?.key);
    expect(on.prompts).toEqual([]);
    expect(nextPromptId(on)).toBe("question-3");
    const off = setUsePerspectives(on, false);
    expect(off.prompts.map((p) => p.id)).toEqual(["question-1", "question-2"]);
    expect(off.perspectives).toEqual([]);
  });

  it("moves items and names error paths in plain words", () => {
    expect(move(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(move(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(describePath("perspectives.1.prompts.2.options.0.label")).toBe(
      "Perspective 2 › Question 3 › Choice 1",
    );
    expect(describePath("prompts.0.minLabel")).toBe("Question 1 › Label for the lowest number");
    expect(describePath("title")).toBe("Title");
    expect(describePath("")).toBe("The exercise");
  });
});
