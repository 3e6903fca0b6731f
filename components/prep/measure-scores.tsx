// Standard measures in the prep view: for each measure given, each person's latest total with its
// severity band and the change since the one before (partners side by side: the CSI-4 of both at a
// glance), a chart over time with the bands written out, and any weekly check-in where feeling safe
// was at or below the practice's threshold. Server-rendered, no JavaScript.
import { LineChart } from "@/components/charts/line-chart";
import { signed } from "@/lib/measures/scoring";
import type { MeasuresView } from "@/lib/measures/service";
import type { MeasureSummaryDto } from "@/lib/measures/summaries";
import { firstName, shortDate } from "./format";

function changeWords(person: MeasureSummaryDto["people"][number]): string {
  if (!person.change) return person.latest ? "First score" : "";
  const { delta, direction } = person.change;
  if (direction === "same") return "No change since last time";
  return `${signed(delta)} since last time (${direction})`;
}

function bandRange(b: { min: number; max: number }) {
  return `${b.min}–${b.max}`;
}

function MeasureBlock({ measure, timeZone }: { measure: MeasureSummaryDto; timeZone: string }) {
  const charted = measure.people.filter((p) => p.points.length > 1);
  return (
    <div className="flex flex-col gap-3 break-inside-avoid" data-testid={`measure-${measure.instrument}`}>
      <h3 className="font-medium">{measure.name}</h3>
      <ul className="grid gap-3 sm:grid-cols-2">
        {measure.people.map((p) => (
          <li
            key={p.clientId}
            className="rounded-xl border border-line bg-surface p-4"
            data-testid="measure-person"
          >
            <p className="text-sm text-muted">{firstName(p.name)}</p>
            {p.latest ? (
              <>
                <p className="text-2xl font-semibold">
                  {p.latest.total}
                  <span className="text-base font-normal text-muted"> / {measure.maxTotal}</span>
                </p>
                <p className={p.latest.band.concern ? "font-medium text-danger" : "font-medium"}>
                  {p.latest.band.label}
                </p>
                <p className="text-sm text-muted">
                  {shortDate(p.latest.at, timeZone)} · {changeWords(p)}
                </p>
              </>
            ) : (
              <p className="text-muted">Not answered yet</p>
            )}
          </li>
        ))}
      </ul>
      {charted.length > 0 ? (
        <LineChart
          id={`measure-${measure.instrument}`}
          title={`${measure.name} total over time`}
          min={0}
          max={measure.maxTotal}
          minLabel="0"
          maxLabel={String(measure.maxTotal)}
          series={charted.map((p) => ({
            key: p.clientId,
            name: firstName(p.name),
            points: p.points.map((pt) => ({ at: pt.at, value: pt.total })),
          }))}
          timeZone={timeZone}
        />
      ) : null}
      <p className="text-sm text-muted">
        Bands: {measure.bands.map((b) => `${bandRange(b)} ${b.label.toLowerCase()}`).join(" · ")}.{" "}
        {measure.higherIsBetter ? "Higher is more satisfied." : "Lower is better."}
      </p>
    </div>
  );
}

export function MeasureScores({ view, timeZone }: { view: MeasuresView; timeZone: string }) {
  if (view.measures.length === 0 && view.lowSafety.length === 0) return null;
  return (
    <section aria-labelledby="measures-heading" className="mt-10 flex flex-col gap-6" data-testid="measures">
      <div>
        <h2 id="measures-heading" className="text-xl font-semibold print:text-base">
          Standard measures
        </h2>
        <p className="text-muted print:hidden">
          Latest scores with their published bands and the change since the one before. Only you see these
          answers.
        </p>
      </div>
      {view.lowSafety.length > 0 ? (
        <div className="rounded-xl border-2 border-danger p-4" data-testid="low-safety">
          <h3 className="font-medium">Felt unsafe in a weekly check-in</h3>
          <p className="text-sm text-muted">
            “How safe did you feel in the relationship this week?” at or below {view.threshold} out of 10.
          </p>
          <ul className="mt-2 flex flex-col gap-1">
            {view.lowSafety.map((l) => (
              <li key={`${l.clientId}-${l.at}`}>
                {firstName(l.name)}: {l.value} / 10 · {shortDate(l.at, timeZone)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.measures.map((m) => (
        <MeasureBlock key={m.instrument} measure={m} timeZone={timeZone} />
      ))}
    </section>
  );
}
