// The editor's working copy of an exercise: form-friendly (numbers as the text typed, every
// optional field present, stable keys for list items) and convertible both ways. The definition it
// produces is checked by the same exerciseSchema the content packs and the API use.
import type { ExerciseDefinition, Prompt, PromptKind } from "@/lib/exercises/schema";

export type DraftChoice = { key: string; id: string; label: string };

export type DraftPrompt = {
  key: string;
  id: string;
  kind: PromptKind;
  label: string;
  help: string;
  required: boolean;
  /** long_text / short_text; blank means the schema's default. */
  maxLength: string;
  /** scale */
  min: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  /** single_choice / multiple_choice options, or checklist items. */
  choices: DraftChoice[];
  /** log */
  entryLabel: string;
  minEntries: string;
};

export type DraftPerspective = { key: string; id: string; label: string; prompts: DraftPrompt[] };

export type Draft = {
  /** Empty for a new exercise (the server derives one from the title). */
  slug: string;
  title: string;
  summary: string;
  section: string;
  audience: ExerciseDefinition["audience"];
  estimatedMinutes: string;
  intro: string;
  usePerspectives: boolean;
  perspectives: DraftPerspective[];
  prompts: DraftPrompt[];
  credit?: ExerciseDefinition["credit"];
};

let counter = 0;
/** Keys only tell list items apart for React; they never leave the browser. */
export function newKey(): string {
  counter += 1;
  return `k${counter}`;
}

export const DEFAULT_PERSPECTIVES = [
  { id: "was-hurt", label: "The partner who was hurt" },
  { id: "caused-harm", label: "The partner who caused the harm" },
] as const;

export function blankPrompt(kind: PromptKind, id: string): DraftPrompt {
  return withKindDefaults({
    key: newKey(),
    id,
    kind,
    label: "",
    help: "",
    required: false,
    maxLength: "",
    min: "",
    max: "",
    minLabel: "",
    maxLabel: "",
    choices: [],
    entryLabel: "",
    minEntries: "",
  });
}

/** Fills in what a kind needs when a prompt becomes that kind (keeps what is already there). */
export function withKindDefaults(p: DraftPrompt): DraftPrompt {
  const next = { ...p };
  if (p.kind === "scale") {
    if (next.min === "") next.min = "0";
    if (next.max === "") next.max = "10";
  }
  if (p.kind === "single_choice" || p.kind === "multiple_choice") {
    while (next.choices.length < 2) next.choices = [...next.choices, { key: newKey(), id: "", label: "" }];
  }
  if (p.kind === "checklist" && next.choices.length === 0)
    next.choices = [{ key: newKey(), id: "", label: "" }];
  if (p.kind === "log" && next.entryLabel === "") next.entryLabel = "What happened";
  return next;
}

function promptToDraft(p: Prompt): DraftPrompt {
  const d = blankPrompt(p.kind, p.id);
  d.label = p.label;
  d.help = p.help ?? "";
  d.required = p.required;
  switch (p.kind) {
    case "long_text":
    case "short_text":
      d.maxLength = String(p.maxLength);
      break;
    case "scale":
      d.min = String(p.min);
      d.max = String(p.max);
      d.minLabel = p.minLabel;
      d.maxLabel = p.maxLabel;
      break;
    case "single_choice":
    case "multiple_choice":
      d.choices = p.options.map((o) => ({ key: newKey(), id: o.id, label: o.label }));
      break;
    case "checklist":
      d.choices = p.items.map((o) => ({ key: newKey(), id: o.id, label: o.label }));
      break;
    case "log":
      d.entryLabel = p.entryLabel;
      d.minEntries = p.minEntries === undefined ? "" : String(p.minEntries);
      break;
  }
  return d;
}

export function toDraft(def: ExerciseDefinition): Draft {
  return {
    slug: def.slug,
    title: def.title,
    summary: def.summary,
    section: def.section,
    audience: def.audience,
    estimatedMinutes: String(def.estimatedMinutes),
    intro: def.intro ?? "",
    usePerspectives: def.perspectives !== undefined,
    perspectives: (def.perspectives ?? []).map((p) => ({
      key: newKey(),
      id: p.id,
      label: p.label,
      prompts: p.prompts.map(promptToDraft),
    })),
    prompts: (def.prompts ?? []).map(promptToDraft),
    credit: def.credit,
  };
}

export function emptyDraft(section: string): Draft {
  return {
    slug: "",
    title: "",
    summary: "",
    section,
    audience: "both",
    estimatedMinutes: "10",
    intro: "",
    usePerspectives: false,
    perspectives: [],
    prompts: [blankPrompt("long_text", "question-1")],
  };
}

// A number field's text: a number when it is one, the text itself otherwise (so the schema can say
// "expected number, received string"), nothing when blank.
function num(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

function choiceIds(choices: DraftChoice[], prefix: string): { id: string; label: string }[] {
  const used = new Set(choices.map((c) => c.id).filter(Boolean));
  let n = 0;
  return choices.map((c) => {
    let id = c.id;
    if (!id) {
      do {
        n += 1;
        id = `${prefix}-${n}`;
      } while (used.has(id));
      used.add(id);
    }
    return { id, label: c.label.trim() };
  });
}

function promptFromDraft(d: DraftPrompt): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: d.id,
    kind: d.kind,
    label: d.label.trim(),
    required: d.required,
  };
  if (d.help.trim()) out.help = d.help.trim();
  const set = (key: string, value: unknown) => {
    if (value !== undefined) out[key] = value;
  };
  switch (d.kind) {
    case "long_text":
    case "short_text":
      set("maxLength", num(d.maxLength));
      break;
    case "scale":
      set("min", num(d.min));
      set("max", num(d.max));
      out.minLabel = d.minLabel.trim();
      out.maxLabel = d.maxLabel.trim();
      break;
    case "single_choice":
    case "multiple_choice":
      out.options = choiceIds(d.choices, "option");
      break;
    case "checklist":
      out.items = choiceIds(d.choices, "item");
      break;
    case "log":
      out.entryLabel = d.entryLabel.trim();
      set("minEntries", num(d.minEntries));
      break;
  }
  return out;
}

/**
 * The definition the draft describes, without `version` (the server sets it). Left loosely typed:
 * it is what the person typed, to be checked by the schema.
 */
export function fromDraft(draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    section: draft.section,
    audience: draft.audience,
  };
  if (draft.slug) out.slug = draft.slug;
  const minutes = num(draft.estimatedMinutes);
  if (minutes !== undefined) out.estimatedMinutes = minutes;
  if (draft.credit) out.credit = draft.credit;
  if (draft.intro.trim()) out.intro = draft.intro.trim();
  if (draft.usePerspectives) {
    out.perspectives = draft.perspectives.map((p) => ({
      id: p.id,
      label: p.label.trim(),
      prompts: p.prompts.map(promptFromDraft),
    }));
  } else {
    out.prompts = draft.prompts.map(promptFromDraft);
  }
  return out;
}

/** The next free "question-N" id across the whole exercise. */
export function nextPromptId(draft: Draft): string {
  const used = new Set([...draft.prompts, ...draft.perspectives.flatMap((p) => p.prompts)].map((p) => p.id));
  let n = used.size + 1;
  while (used.has(`question-${n}`)) n += 1;
  return `question-${n}`;
}

/** The next free "perspective-N" id. */
export function nextPerspectiveId(draft: Draft): string {
  const used = new Set(draft.perspectives.map((p) => p.id));
  let n = draft.perspectives.length + 1;
  while (used.has(`perspective-${n}`)) n += 1;
  return `perspective-${n}`;
}

/** Switches between one shared list of questions and separate questions per perspective. */
export function setUsePerspectives(draft: Draft, on: boolean): Draft {
  if (on === draft.usePerspectives) return draft;
  if (on) {
    const copy = (prompts: DraftPrompt[]) =>
      prompts.map((p) => ({ ...p, key: newKey(), choices: p.choices.map((c) => ({ ...c, key: newKey() })) }));
    return {
      ...draft,
      usePerspectives: true,
      perspectives: DEFAULT_PERSPECTIVES.map((p, i) => ({
        key: newKey(),
        id: p.id,
        label: p.label,
        prompts: i === 0 ? draft.prompts : copy(draft.prompts),
      })),
      prompts: [],
    };
  }
  return {
    ...draft,
    usePerspectives: false,
    prompts: draft.perspectives[0]?.prompts ?? [],
    perspectives: [],
  };
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
