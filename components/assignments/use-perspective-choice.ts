"use client";

import { useMemo, useState } from "react";
import type { FieldProblem } from "@/components/forms/call-api";

type Exercise = { slug: string; perspectives: { id: string; label: string }[] };
type Recipient = {
  people: { id: string; firstName: string }[];
  lastPerspectives?: Record<string, Record<string, string>>;
};

/**
 * For an exercise with perspectives: each person answers from one, chosen on purpose. Nothing is
 * chosen at first (the order partners are listed in says nothing about who was hurt), unless this
 * couple had this exercise before: then last time's choice, shown as such.
 */
export function usePerspectiveChoice(exercise: Exercise | null, recipient: Recipient | null) {
  const [picked, setPicked] = useState<Record<string, string>>({});
  const needed = Boolean(exercise && exercise.perspectives.length > 0 && recipient);
  const lastTime = (exercise && recipient?.lastPerspectives?.[exercise.slug]) || null;
  const chosen = useMemo(() => {
    if (!exercise || !recipient || exercise.perspectives.length === 0) return {};
    const out: Record<string, string> = {};
    for (const p of recipient.people) {
      const id = picked[p.id] ?? lastTime?.[p.id];
      if (id && exercise.perspectives.some((x) => x.id === id)) out[p.id] = id;
    }
    return out;
  }, [exercise, recipient, picked, lastTime]);
  const usingLastTime =
    lastTime !== null && recipient !== null && recipient.people.every((p) => picked[p.id] === undefined);

  /** One problem per person without a side (path `perspectives.<id>`, as the API names it). */
  function missing(): FieldProblem[] {
    if (!needed || !recipient) return [];
    return recipient.people
      .filter((p) => !chosen[p.id])
      .map((p) => ({
        path: `perspectives.${p.id}`,
        message: `Choose which side ${p.firstName} answers from.`,
      }));
  }

  return {
    needed,
    chosen,
    usingLastTime,
    missing,
    choose: (personId: string, perspectiveId: string) => setPicked({ ...chosen, [personId]: perspectiveId }),
    reset: () => setPicked({}),
  };
}
