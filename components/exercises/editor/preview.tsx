// The exercise as the client will see it, once the draft passes the schema; for couples work, one
// perspective at a time.
import { useState } from "react";
import { Labelled } from "@/components/ui/field";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { ExerciseView } from "../exercise-view";
import { INPUT } from "./fields";

export function EditorPreview({ definition }: { definition: ExerciseDefinition | null }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const perspectives = definition?.perspectives ?? [];
  const shown = perspectives.find((p) => p.id === chosen)?.id ?? perspectives[0]?.id ?? null;
  return (
    <details className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold">
        Preview as your client will see it
      </summary>
      {definition ? (
        <div className="mt-4 flex flex-col gap-4">
          {perspectives.length ? (
            <Labelled
              id="preview-perspective"
              label="Perspective"
              control={(described) => (
                <select
                  {...described}
                  value={shown ?? ""}
                  onChange={(e) => setChosen(e.target.value)}
                  className={`${INPUT} min-h-11 max-w-md`}
                >
                  {perspectives.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </select>
              )}
            />
          ) : null}
          <div className="rounded-xl border border-line bg-canvas p-4">
            <ExerciseView
              key={shown ?? "all"}
              definition={definition}
              perspectiveId={shown}
              mode="preview"
              idPrefix="editor-preview"
            />
          </div>
        </div>
      ) : (
        <p className="mt-2 text-muted">The preview appears once every required field is filled in.</p>
      )}
    </details>
  );
}
