// The shape of the benchmark's large practice, computed before anything touches the database (pure,
// so the distributions are unit-tested): who is whose client, which clients form couples, and the
// "units" (an individual client or a couple) that appointments and assignments are given to.

import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";

export type Sizes = {
  clinicians: number;
  clients: number;
  couples: number;
  assignments: number;
};

export const DEFAULT_SIZES: Sizes = { clinicians: 50, clients: 5_000, couples: 1_000, assignments: 100_000 };

/** The same practice `factor` times smaller (at least one of everything, couples still fit). */
export function scaleSizes(sizes: Sizes, factor: number): Sizes {
  const clinicians = Math.max(1, Math.round(sizes.clinicians / factor));
  const clients = Math.max(clinicians, Math.round(sizes.clients / factor));
  return {
    clinicians,
    clients,
    couples: Math.min(Math.floor(clients / 2), Math.max(0, Math.round(sizes.couples / factor))),
    assignments: Math.max(1, Math.round(sizes.assignments / factor)),
  };
}

export type PlannedClient = { index: number; clinician: number; couple: number | null };
export type PlannedCouple = { index: number; clinician: number; members: [number, number] };
export type Unit =
  | { index: number; kind: "client"; clinician: number; client: number }
  | { index: number; kind: "couple"; clinician: number; couple: number; members: [number, number] };

export type Plan = { sizes: Sizes; clients: PlannedClient[]; couples: PlannedCouple[]; units: Unit[] };

/**
 * Clients are dealt to clinicians in contiguous blocks (each clinician about clients/clinicians of
 * them); couples are spread evenly over clinicians and are made of two clients of the same block.
 */
export function planPractice(sizes: Sizes): Plan {
  const { clinicians, clients: clientCount, couples: coupleCount } = sizes;
  if (clinicians < 1 || clientCount < clinicians)
    throw new Error("need at least one clinician and one client per clinician");
  if (coupleCount * 2 > clientCount) throw new Error("more couples than clients allow");
  const clinicianOf = (client: number) =>
    Math.min(clinicians - 1, Math.floor((client * clinicians) / clientCount));
  const blocks: number[][] = Array.from({ length: clinicians }, () => []);
  const clients: PlannedClient[] = [];
  for (let i = 0; i < clientCount; i += 1) {
    const clinician = clinicianOf(i);
    clients.push({ index: i, clinician, couple: null });
    blocks[clinician]!.push(i);
  }
  // Couples per clinician: as even as the block sizes allow.
  const couples: PlannedCouple[] = [];
  const used = new Array<number>(clinicians).fill(0);
  let remaining = coupleCount;
  while (remaining > 0) {
    let placed = false;
    for (let k = 0; k < clinicians && remaining > 0; k += 1) {
      const block = blocks[k]!;
      const next = used[k]! * 2;
      if (next + 1 >= block.length) continue;
      const members: [number, number] = [block[next]!, block[next + 1]!];
      const index = couples.length;
      couples.push({ index, clinician: k, members });
      clients[members[0]]!.couple = index;
      clients[members[1]]!.couple = index;
      used[k]! += 1;
      remaining -= 1;
      placed = true;
    }
    if (!placed) throw new Error("couples do not fit the clinicians' blocks");
  }
  const units: Unit[] = [];
  for (const couple of couples)
    units.push({
      index: units.length,
      kind: "couple",
      clinician: couple.clinician,
      couple: couple.index,
      members: couple.members,
    });
  for (const client of clients) {
    if (client.couple === null)
      units.push({ index: units.length, kind: "client", clinician: client.clinician, client: client.index });
  }
  return { sizes, clients, couples, units };
}

// ---------------------------------------------------------------------------------------------
// Answers: a realistic, valid answer for every prompt of a pinned exercise version.

const SENTENCES = [
  "I noticed I went quiet when the conversation turned to money, and I want to understand why that keeps happening.",
  "This week felt steadier. We kept our evening walk and it gave us room to talk without rushing.",
  "I found it hard to say what I needed without it sounding like blame, so I wrote it down first.",
  "When I felt the old worry come back, I named it out loud instead of pulling away, which helped.",
];

function valueFor(prompt: Prompt, variant: number): unknown {
  switch (prompt.kind) {
    case "long_text":
      return SENTENCES[variant % SENTENCES.length]!.slice(0, prompt.maxLength);
    case "short_text":
      return ["A little lighter", "Still tense", "Hopeful"][variant % 3]!.slice(0, prompt.maxLength);
    case "scale":
      return Math.min(prompt.max, prompt.min + ((variant * 2 + 1) % (prompt.max - prompt.min + 1)));
    case "single_choice":
      return prompt.options[variant % prompt.options.length]!.id;
    case "multiple_choice":
      return prompt.options.slice(0, 1 + (variant % Math.min(2, prompt.options.length))).map((o) => o.id);
    case "checklist":
      return prompt.items.slice(0, 1 + (variant % Math.min(3, prompt.items.length))).map((i) => i.id);
    case "log":
      return Array.from({ length: Math.max(1, prompt.minEntries ?? 1) }, (_, i) => ({
        id: `e${variant}-${i}`,
        date: `2025-03-${String(10 + i).padStart(2, "0")}`,
        text: SENTENCES[(variant + i + 1) % SENTENCES.length]!,
      }));
  }
}

/** Stored answers ({ [promptId]: { value, shared } }) for one perspective of a definition. */
export function answersFor(
  definition: ExerciseDefinition,
  perspectiveId: string | null,
  variant: number,
  couple: boolean,
): Record<string, { value: unknown; shared: boolean }> {
  const prompts = definition.perspectives
    ? (definition.perspectives.find((p) => p.id === perspectiveId)?.prompts ?? [])
    : (definition.prompts ?? []);
  const out: Record<string, { value: unknown; shared: boolean }> = {};
  prompts.forEach((prompt, i) => {
    out[prompt.id] = { value: valueFor(prompt, variant + i), shared: couple && (variant + i) % 3 === 0 };
  });
  return out;
}

export type VersionRow = { id: string; definition: ExerciseDefinition };

export type Template = {
  index: number;
  versionId: string;
  perspectives: [string | null, string | null];
  /** Answers per variant (3) and member (0, 1). */
  answers: [string, string][];
};

export const VARIANTS = 3;

/**
 * Which pinned versions individuals and couples get: individuals only exercises without
 * perspectives (meant for one person or both), couples anything (perspective exercises split the
 * two sides between the partners).
 */
export function answerTemplates(versions: readonly VersionRow[]): {
  individual: Template[];
  couple: Template[];
} {
  const individual: Template[] = [];
  const couple: Template[] = [];
  for (const v of versions) {
    const d = v.definition;
    const perspectives: [string | null, string | null] = d.perspectives
      ? [d.perspectives[0]!.id, d.perspectives[1]!.id]
      : [null, null];
    const build = (forCouple: boolean) =>
      Array.from({ length: VARIANTS }, (_, variant): [string, string] => [
        JSON.stringify(answersFor(d, perspectives[0], variant, forCouple)),
        JSON.stringify(answersFor(d, perspectives[1], variant + 1, forCouple)),
      ]);
    if (!d.perspectives && d.audience !== "couple") {
      individual.push({ index: individual.length, versionId: v.id, perspectives, answers: build(false) });
    }
    if (d.audience !== "individual")
      couple.push({ index: couple.length, versionId: v.id, perspectives, answers: build(true) });
  }
  if (individual.length === 0 || couple.length === 0)
    throw new Error("the exercise packs need exercises for individuals and for couples");
  return { individual, couple };
}

export const FIRST_NAMES = [
  "Alex",
  "Sam",
  "Jordan",
  "Riley",
  "Casey",
  "Morgan",
  "Taylor",
  "Jamie",
  "Avery",
  "Quinn",
  "Harper",
  "Rowan",
  "Emerson",
  "Dakota",
  "Skyler",
  "Reese",
];
export const LAST_NAMES = [
  "Rivera",
  "Nguyen",
  "Patel",
  "Okafor",
  "Kim",
  "Garcia",
  "Johnson",
  "Schmidt",
  "Haddad",
  "Silva",
  "Cohen",
  "Murphy",
  "Tanaka",
  "Novak",
  "Mensah",
  "Larsen",
  "Costa",
  "Ali",
];

export function clientName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]}`;
}

export const ids = {
  practice: "bench-practice",
  clinician: (k: number) => `bcl${k}`,
  client: (i: number) => `bcu${i}`,
  couple: (j: number) => `bcp${j}`,
  clinicianEmail: (k: number) => `clinician${k}@bench.mend.test`,
  clientEmail: (i: number) => `client${i}@bench.mend.test`,
};

export const BENCH_PASSWORD = "mend-bench-password";
