import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { ExerciseView } from "../../../components/exercises/exercise-view";
import { groupThousands } from "../../../components/exercises/labels";
import { PromptInput } from "../../../components/exercises/prompt-input";
import { loadPack } from "../../../lib/exercises/load-pack";
import { promptSchema, type Prompt } from "../../../lib/exercises/schema";

// The server-rendered markup of the shared inputs: what a screen reader and a no-JavaScript first
// paint get.

const PACK_DIR = path.resolve(__dirname, "../../../content/guides/trust-repair");
const noop = () => undefined;

function input(p: Record<string, unknown>, value?: unknown, extra: Record<string, unknown> = {}) {
  const prompt: Prompt = promptSchema.parse(p);
  return createElement(PromptInput, {
    prompt,
    value: value as never,
    onChange: noop,
    idPrefix: "t",
    ...extra,
  });
}

function render(p: Record<string, unknown>, value?: unknown, extra: Record<string, unknown> = {}): string {
  return renderToStaticMarkup(input(p, value, extra));
}

/** The markup once every part loaded on demand (the log prompt, React.lazy) has arrived, as the server sends it. */
async function renderLoaded(
  p: Record<string, unknown>,
  value?: unknown,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { prelude } = await prerenderToNodeStream(input(p, value, extra));
  let html = "";
  for await (const chunk of prelude) html += String(chunk);
  // Streaming rendering marks text boundaries with empty comments; static markup has none.
  return html.replace(/<!-- -->/g, "");
}

describe("PromptInput markup", () => {
  it("long text: a labelled textarea with maxLength, help and character count tied by aria-describedby", () => {
    const html = render(
      {
        id: "story",
        kind: "long_text",
        label: "Tell it",
        help: "Take your time.",
        maxLength: 500,
        required: true,
      },
      "Hello",
    );
    expect(html).toContain('<label for="t-story"');
    expect(html).toMatch(/<textarea[^>]*id="t-story"/);
    expect(html).toMatch(/maxLength="500"/i);
    expect(html).toMatch(/aria-describedby="t-story-help t-story-count"/);
    expect(html).toContain('id="t-story-help"');
    expect(html).toContain("5 / 500 characters");
    expect(html).toContain("(required)");
  });

  it("character counts group thousands with commas, as en-US formatting does", () => {
    for (const n of [0, 7, 999, 1000, 10000, 123456, 1234567])
      expect(groupThousands(n)).toBe(n.toLocaleString("en-US"));
    const html = render(
      { id: "long", kind: "long_text", label: "Write", maxLength: 10000 },
      "x".repeat(1234),
    );
    expect(html).toContain("1,234 / 10,000 characters");
  });

  it("an error message is announced with the input and marks it invalid", () => {
    const html = render({ id: "q", kind: "short_text", label: "Briefly" }, "", {
      error: "This one needs an answer.",
    });
    expect(html).toMatch(/aria-invalid="true"/);
    expect(html).toMatch(/aria-describedby="t-q-error"/);
    expect(html).toContain("This one needs an answer.");
  });

  it("scale: a fieldset whose legend is the question, one radio per number, ends named", () => {
    const html = render(
      {
        id: "safe",
        kind: "scale",
        label: "How safe?",
        min: 0,
        max: 10,
        minLabel: "Not safe",
        maxLabel: "Completely safe",
      },
      7,
    );
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="t-safe-ends"/);
    expect(html).toMatch(/<legend[^>]*>.*How safe\?/);
    expect(html.match(/type="radio"/g)).toHaveLength(11);
    expect(html).toMatch(/checked="" value="7"/);
    expect(html).toContain("0, Not safe");
    expect(html).toContain("10, Completely safe");
    expect(html).toContain("Clear my answer");
  });

  it("choices and checklists: radios or checkboxes inside a fieldset, checked from the value", () => {
    const single = render(
      {
        id: "ready",
        kind: "single_choice",
        label: "Ready?",
        required: true,
        options: [
          { id: "yes", label: "Yes" },
          { id: "no", label: "Not yet" },
        ],
      },
      "no",
    );
    expect(single.match(/type="radio"/g)).toHaveLength(2);
    expect(single).toMatch(/checked="" value="no"/);
    expect(single).not.toContain("Clear my answer"); // required: no way back to "no answer"
    const multi = render(
      {
        id: "f",
        kind: "multiple_choice",
        label: "Feelings",
        options: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      },
      ["b"],
    );
    expect(multi.match(/type="checkbox"/g)).toHaveLength(2);
    expect(multi).toMatch(/checked="" value="b"/);
    const list = render({ id: "c", kind: "checklist", label: "Tick", items: [{ id: "x", label: "X" }] }, []);
    expect(list).toMatch(/<fieldset/);
    expect(list.match(/type="checkbox"/g)).toHaveLength(1);
  });

  it("log: each entry has a labelled date and text and a remove button; an add button follows", async () => {
    const html = await renderLoaded(
      { id: "moments", kind: "log", label: "Moments", entryLabel: "What happened", minEntries: 3 },
      [
        { id: "e1", date: "2025-03-01", text: "A kind word" },
        { id: "e2", date: "2025-03-02", text: "" },
      ],
    );
    expect(html).toContain('<label for="t-moments-0-date"');
    expect(html).toMatch(/type="date"[^>]*value="2025-03-01"|value="2025-03-01"[^>]*type="date"/);
    expect(html).toContain('<label for="t-moments-1-text"');
    expect(html).toContain("Remove entry 2");
    expect(html).toContain("+ Add an entry");
    expect(html).toContain("Aim for at least 3 entries.");
  });
});

describe("ExerciseView markup", () => {
  it("shows one perspective's prompts, numbered, with the exercise intro", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const def = exercises.find((e) => e.slug === "slowing-down")!;
    const html = renderToStaticMarkup(
      createElement(ExerciseView, { definition: def, perspectiveId: "caused-harm", mode: "preview" }),
    );
    expect(html).toContain("In plain words, what did you do?");
    expect(html).not.toContain("What are you feeling when you think about it now?");
    expect(html).toContain("For the partner who caused the hurt");
    expect(html).toContain(def.intro!.slice(0, 40));
    expect(html.match(/data-prompt-id=/g)).toHaveLength(6);
  });

  it("answer mode shows the given answers in their inputs, and what (required) means", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const def = exercises.find((e) => e.slug === "weekly-trust-check-in")!;
    const html = renderToStaticMarkup(
      createElement(ExerciseView, {
        definition: def,
        mode: "answer",
        values: { "felt-safe": 6, "this-week": "Calmer" },
        onChange: noop,
      }),
    );
    expect(html).toMatch(/checked="" value="6"/);
    expect(html).toContain(">Calmer</textarea>");
    expect(html).toContain("need an answer before you send");
    expect(html).not.toMatch(/ disabled=""/);
  });
});
