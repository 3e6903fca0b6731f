import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReadOnlyAnswers } from "../../../components/responses/read-only-answers";
import { loadPack } from "../../../lib/exercises/load-pack";
import { exerciseSchema } from "../../../lib/exercises/schema";

// Answers that can no longer change, as the server renders them on the client's work page: text in
// full under each question, never a disabled input that would cut a long answer off.

const PACK_DIR = path.resolve(__dirname, "../../../content/guides/trust-repair");

const LONG = [
  "The first evening was hard. We sat in the kitchen and neither of us knew how to start.",
  "By Wednesday we had tried the slowing-down steps twice, and the second time went better.",
  "The last thing I want to say is that I noticed I was holding my breath less.",
].join("\n\n");

const ALONE = { available: false, partnerFirstName: null };
const COUPLE = { available: true, partnerFirstName: "Alex", bothSent: true, agreement: null };

/** Answers as the page has them: a value and whether it was shared, by prompt id. */
function kept(values: Record<string, unknown>, shared: string[] = []) {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, { value, shared: shared.includes(id) }]),
  );
}

async function exercise(slug: string) {
  const { exercises } = await loadPack(PACK_DIR);
  return exercises.find((e) => e.slug === slug)!;
}

describe("ReadOnlyAnswers markup", () => {
  it("shows every answer as text, line breaks kept, with no form control at all", async () => {
    const html = renderToStaticMarkup(
      createElement(ReadOnlyAnswers, {
        definition: await exercise("weekly-trust-check-in"),
        perspectiveId: null,
        answers: kept({ "felt-safe": 6, "could-count-on": 4, "this-week": LONG }),
        sharing: ALONE,
      }),
    );
    expect(html).not.toMatch(/<(textarea|input|select|button|fieldset)\b/);
    expect(html).not.toMatch(/ disabled/);
    // The whole answer, paragraphs and all, in an element that keeps its line breaks.
    expect(html).toContain(`<p class="whitespace-pre-wrap break-words">${LONG.replace(/'/g, "&#x27;")}</p>`);
    expect(html).toContain("6 (from 0, Not safe at all, to 10, Completely safe)");
    // Unanswered questions say so; nothing asks for an answer any more.
    expect(html).toContain("Not answered");
    expect(html).not.toContain("need an answer before you send");
    expect(html).not.toContain("(required)");
  });

  it("shows choices and log entries as text too", async () => {
    const definition = exerciseSchema.parse({
      slug: "kinds",
      version: 1,
      title: "Every kind",
      summary: "Every kind of prompt.",
      audience: "both",
      section: "test",
      estimatedMinutes: 5,
      credit: { source: "Test", author: "Test", section: "Test" },
      prompts: [
        {
          id: "feel",
          kind: "multiple_choice",
          label: "Which fit?",
          options: [
            { id: "sad", label: "Sad" },
            { id: "calm", label: "Calm" },
          ],
        },
        { id: "moments", kind: "log", label: "Moments", entryLabel: "What happened" },
      ],
    });
    const html = renderToStaticMarkup(
      createElement(ReadOnlyAnswers, {
        definition,
        perspectiveId: null,
        answers: kept({
          feel: ["sad", "calm"],
          moments: [{ id: "e1", date: "2025-03-01", text: "We walked.\nThen we talked." }],
        }),
        sharing: ALONE,
      }),
    );
    expect(html).not.toMatch(/<(textarea|input|select|button|fieldset)\b/);
    expect(html).toContain('<li class="whitespace-pre-wrap break-words">Sad</li>');
    expect(html).toContain('<li class="whitespace-pre-wrap break-words">Calm</li>');
    expect(html).toContain("2025-03-01: We walked.\nThen we talked.");
    expect(html).not.toContain("Add an entry");
  });

  it("names each answer by its numbered question, a heading under the exercise title", async () => {
    const html = renderToStaticMarkup(
      createElement(ReadOnlyAnswers, {
        definition: await exercise("weekly-trust-check-in"),
        perspectiveId: null,
        answers: kept({ "this-week": "Calmer" }),
        sharing: ALONE,
      }),
    );
    expect(html).toMatch(/<h1[^>]*>Weekly trust check-in<\/h1>/);
    expect(html).toContain(
      '<div role="group" aria-labelledby="answer-this-week-label" data-prompt-id="this-week">',
    );
    expect(html).toMatch(
      /<h2 id="answer-this-week-label"[^>]*><span[^>]*>5\.<\/span>What stood out this week, something that helped or something that hurt\?<\/h2>/,
    );
    expect(html.match(/<h2 /g)).toHaveLength(5);
  });

  it("shows one perspective's questions, each with who sees it and the feedback on it", async () => {
    const html = renderToStaticMarkup(
      createElement(ReadOnlyAnswers, {
        definition: await exercise("slowing-down"),
        perspectiveId: "caused-harm",
        answers: kept({ "what-i-did": "I hid the messages.", "impact-on-partner": "The ground went." }, [
          "impact-on-partner",
        ]),
        sharing: COUPLE,
        answerFeedback: { "what-i-did": createElement("p", { "data-testid": "feedback" }, "Thank you.") },
      }),
    );
    expect(html).toContain("For the partner who caused the hurt");
    expect(html).toContain("In plain words, what did you do?");
    expect(html).not.toContain("What are you feeling when you think about it now?");
    expect(html).toContain("I hid the messages.");
    expect(html.match(/data-prompt-id=/g)).toHaveLength(6);
    // Who sees each answer, as words (no choice to make any more): one shared, five private.
    expect(html.match(/Shared with Alex/g)).toHaveLength(1);
    expect(html.match(/Only your therapist/g)).toHaveLength(5);
    expect(html).not.toContain("Who sees this answer?");
    const whatIDid = html.slice(html.indexOf('data-prompt-id="what-i-did"'));
    expect(whatIDid.slice(0, whatIDid.indexOf("</li>"))).toContain('data-testid="feedback"');
  });
});
