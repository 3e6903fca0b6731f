// The library's preview: a perspective switch, a phone/desktop width switch, and the exercise as
// the client sees it inside a frame of that width. The switches are links (?perspective=,
// ?width=), so they work without JavaScript and each view has its own address.
import Link from "next/link";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { ExerciseView } from "./exercise-view";

export type PreviewWidth = "phone" | "desktop";
export const PHONE_WIDTH_PX = 390;

function Segmented({
  label,
  options,
}: {
  label: string;
  options: { key: string; label: string; href: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label}>
      <p className="mb-1 text-sm font-medium text-muted" aria-hidden="true">
        {label}
      </p>
      <ul className="inline-flex flex-wrap gap-1 rounded-xl border border-line bg-surface p-1">
        {options.map((o) => (
          <li key={o.key}>
            <Link
              href={o.href}
              replace
              scroll={false}
              aria-current={o.current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-lg px-3 text-base ${
                o.current ? "bg-accent text-white" : "text-ink hover:bg-canvas"
              }`}
            >
              {o.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ExercisePreview({
  definition,
  perspectiveId,
  width,
  hrefFor,
}: {
  definition: ExerciseDefinition;
  /** The perspective shown (ignored when the exercise has none). */
  perspectiveId: string | null;
  width: PreviewWidth;
  /** The address of this page with the preview switched to another perspective or width. */
  hrefFor: (change: { perspective?: string; width?: PreviewWidth }) => string;
}) {
  const perspectives = definition.perspectives ?? [];
  const current = perspectives.find((p) => p.id === perspectiveId) ?? perspectives[0];
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="preview-heading" className="text-xl font-semibold">
          Preview
        </h2>
        <p className="text-muted">
          Exactly what your client sees. You can try the questions here; nothing you type is saved.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        {perspectives.length > 0 ? (
          <Segmented
            label="Perspective"
            options={perspectives.map((p) => ({
              key: p.id,
              label: p.label,
              href: hrefFor({ perspective: p.id }),
              current: p.id === current?.id,
            }))}
          />
        ) : null}
        <Segmented
          label="Screen width"
          options={[
            { key: "phone", label: "Phone", href: hrefFor({ width: "phone" }), current: width === "phone" },
            {
              key: "desktop",
              label: "Desktop",
              href: hrefFor({ width: "desktop" }),
              current: width === "desktop",
            },
          ]}
        />
      </div>
      <figure className="m-0">
        <div
          data-testid="preview-frame"
          data-width={width}
          className={
            width === "phone"
              ? "mx-auto w-full max-w-[410px] overflow-hidden rounded-[2rem] border-[10px] border-ink/85 bg-canvas shadow-md"
              : "w-full overflow-hidden rounded-xl border border-line bg-canvas shadow-sm"
          }
        >
          <div
            className={
              width === "phone"
                ? "relative max-h-[46rem] overflow-y-auto px-4 py-5"
                : "relative px-4 py-6 sm:px-8"
            }
          >
            {/* Keyed so switching perspective starts the try-out answers afresh. */}
            <ExerciseView
              key={current?.id ?? "all"}
              definition={definition}
              perspectiveId={current?.id ?? null}
              mode="preview"
              idPrefix={`preview-${current?.id ?? "all"}`}
            />
          </div>
        </div>
        <figcaption className="mt-2 text-center text-sm text-muted">
          {width === "phone" ? `Phone width (${PHONE_WIDTH_PX} px).` : "Desktop width."} Clients also see the
          crisis-help bar on every page.
        </figcaption>
      </figure>
    </section>
  );
}
