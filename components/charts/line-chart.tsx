// A small line chart drawn as plain SVG on the server: no chart library, no JavaScript in the
// browser, and it prints. One line per person, told apart by colour AND by line style and marker
// shape (never colour alone). The SVG is a picture for sighted readers; the same numbers are in a
// real table right under it (inside a disclosure), which is what screen readers are pointed to.

import { dateTimeFormat } from "@/lib/time/formatters";

export type ChartSeries = { key: string; name: string; points: { at: string; value: number }[] };

const STYLES = [
  { color: "#1f6f6a", dash: "", marker: "circle" as const },
  { color: "#7a4b8c", dash: "6 4", marker: "square" as const },
  { color: "#8a5a00", dash: "2 3", marker: "diamond" as const },
];

const W = 320;
const H = 150;
const PAD = { top: 10, right: 12, bottom: 24, left: 26 };

function Marker({
  kind,
  x,
  y,
  color,
}: {
  kind: "circle" | "square" | "diamond";
  x: number;
  y: number;
  color: string;
}) {
  if (kind === "circle") return <circle cx={x} cy={y} r={3.5} fill={color} />;
  if (kind === "square") return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} />;
  return (
    <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} transform={`rotate(45 ${x} ${y})`} />
  );
}

export function LegendSwatch({ index }: { index: number }) {
  const style = STYLES[index % STYLES.length]!;
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" className="inline-block shrink-0">
      <line
        x1="1"
        y1="6"
        x2="27"
        y2="6"
        stroke={style.color}
        strokeWidth="2.5"
        strokeDasharray={style.dash || undefined}
      />
      <Marker kind={style.marker} x={14} y={6} color={style.color} />
    </svg>
  );
}

export function LineChart({
  id,
  title,
  min,
  max,
  minLabel,
  maxLabel,
  series,
  timeZone,
}: {
  id: string;
  title: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  series: ChartSeries[];
  timeZone: string;
}) {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.at)))].sort();
  const short = (iso: string) =>
    dateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" }).format(new Date(iso));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (iso: string) =>
    PAD.left + (dates.length <= 1 ? innerW / 2 : (dates.indexOf(iso) / (dates.length - 1)) * innerW);
  const y = (value: number) => PAD.top + innerH - ((value - min) / (max - min || 1)) * innerH;
  const mid = Math.round((min + max) / 2);
  // At most ~5 date labels so they never overlap at phone widths.
  const every = Math.max(1, Math.ceil(dates.length / 5));
  const shownDates = dates.filter((_, i) => i % every === 0 || i === dates.length - 1);

  return (
    <figure className="flex flex-col gap-2 break-inside-avoid" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-medium leading-snug print:text-xs">
        {title}
        <span className="block text-sm font-normal text-muted print:text-xs">
          {min} = {minLabel}, {max} = {maxLabel}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-md"
        aria-hidden="true"
        focusable="false"
        data-testid="trend-chart"
      >
        {[min, mid, max].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e3ded6" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#55636b">
              {v}
            </text>
          </g>
        ))}
        {shownDates.map((d, i) => (
          <text
            key={d}
            x={x(d)}
            y={H - 6}
            // The first and last labels hug the plot's edges so they are never cut off.
            textAnchor={
              shownDates.length === 1
                ? "middle"
                : i === 0
                  ? "start"
                  : i === shownDates.length - 1
                    ? "end"
                    : "middle"
            }
            fontSize="11"
            fill="#55636b"
          >
            {short(d)}
          </text>
        ))}
        {series.map((s, i) => {
          const style = STYLES[i % STYLES.length]!;
          const path = s.points
            .map((p, j) => `${j === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`)
            .join(" ");
          return (
            <g key={s.key}>
              <path
                d={path}
                fill="none"
                stroke={style.color}
                strokeWidth="2.5"
                strokeDasharray={style.dash || undefined}
                strokeLinejoin="round"
              />
              {s.points.map((p) => (
                <Marker key={p.at} kind={style.marker} x={x(p.at)} y={y(p.value)} color={style.color} />
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.key} className="inline-flex items-center gap-2">
              <LegendSwatch index={i} />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="text-sm print:hidden">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent underline-offset-4 hover:underline">
          The numbers for &ldquo;{title}&rdquo;
        </summary>
        <div className="overflow-x-auto">
          <table className="mt-1 w-full text-left">
            <caption className="sr-only">
              {title}, by week ({min} = {minLabel}, {max} = {maxLabel})
            </caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Week of
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-4 font-medium">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dates.map((d) => (
                <tr key={d} className="border-t border-line">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {short(d)}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="py-1 pr-4 tabular-nums">
                      {s.points.find((p) => p.at === d)?.value ?? "—"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
