/**
 * The entity's time series: a chart per series (uPlot) with a table of the same points under
 * it (period, value, change), so the figures can be read without the picture. Points come
 * from the API's timeSeries, a few series per request (the API's cost limit).
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import { formatAmount, formatPct, formatPeriod, periodMidpoint } from "./format.js";
import { graphql } from "./graphql.js";
import { SERIES_PER_REQUEST, type SeriesPoints, seriesQuery, seriesVariables } from "./queries.js";
import { MAX_CHARTS, type SeriesCandidate } from "./series.js";
import { Status } from "./status.js";
import { useLoaded } from "./use-query.js";

const YEAR = 365.25 * 24 * 3600;

interface LoadedSeries {
  candidate: SeriesCandidate;
  points: SeriesPoints;
}

async function loadSeries(candidates: SeriesCandidate[]): Promise<LoadedSeries[]> {
  const loaded: LoadedSeries[] = [];
  for (let at = 0; at < candidates.length; at += SERIES_PER_REQUEST) {
    const chunk = candidates.slice(at, at + SERIES_PER_REQUEST);
    const data = await graphql<Record<string, SeriesPoints>>(
      seriesQuery(chunk.length),
      seriesVariables(chunk.map((c) => c.key)),
    );
    for (const [i, candidate] of chunk.entries()) loaded.push({ candidate, points: data[`s${i}`] });
  }
  return loaded.filter((series) => series.points.edges.length > 0);
}

export function SeriesCharts({
  candidates,
  entityId,
}: {
  candidates: SeriesCandidate[];
  entityId: string;
}) {
  const shown = candidates.slice(0, MAX_CHARTS);
  const loaded = useLoaded(() => loadSeries(shown), `${entityId}:${shown.length}`);
  if (candidates.length === 0) return <p>No fact of this entity carries a value to chart.</p>;
  if (loaded.state !== "done") return <Status loaded={loaded} what="the series" />;
  return (
    <>
      {candidates.length > MAX_CHARTS && (
        <p className="note">
          Showing the {MAX_CHARTS} series with the most facts of {candidates.length}.
        </p>
      )}
      <div className="charts">
        {loaded.data.map((series, i) => (
          <SeriesFigure key={series.candidate.label} series={series} index={i} />
        ))}
      </div>
    </>
  );
}

function SeriesFigure({ series, index }: { series: LoadedSeries; index: number }) {
  const { points, candidate } = series;
  const unit = points.unit ?? "";
  const length = points.months === 1 ? "monthly" : `${points.months}-month`;
  const caption = `${candidate.label}, value in ${unit}, ${length} periods`;
  return (
    <figure className="series" data-series={index} data-points={points.edges.length}>
      <figcaption id={`series-${index}`}>{caption}</figcaption>
      <Chart points={points} label={caption} />
      <OtherVariants points={points} />
      <details>
        <summary>
          {points.edges.length === 1
            ? "Table of the point"
            : `Table of the ${points.edges.length} points`}
        </summary>
        <table className="series-table" aria-labelledby={`series-${index}`}>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value ({unit})</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {points.edges.map((edge) => (
              <tr key={edge.node.id} data-value={edge.value}>
                <td>{formatPeriod(edge.period)}</td>
                <td className="num" title={String(edge.value)}>
                  {formatAmount(edge.value)}
                </td>
                <td className="num">{formatPct(edge.node.changePct, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The same figures in other period lengths or units: other series, named but not drawn. */
function OtherVariants({ points }: { points: SeriesPoints }) {
  const others = points.variants.filter(
    (v) => v.months !== points.months || v.unit !== points.unit,
  );
  if (others.length === 0) return null;
  const named = others.map(
    (v) =>
      `${v.months === 1 ? "monthly" : `${v.months}-month`} in ${v.unit ?? "percent"} (${v.points})`,
  );
  return <p className="muted variants">Also stated: {named.join(", ")}.</p>;
}

/** The period of the point drawn at x (its midpoint). */
function periodAt(points: SeriesPoints, x: number): string {
  const edge = points.edges.find((e) => periodMidpoint(e.period) === x);
  return edge ? formatPeriod(edge.period) : "";
}

function Chart({ points, label }: { points: SeriesPoints; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const xs = points.edges.map((edge) => periodMidpoint(edge.period));
    const ys = points.edges.map((edge) => edge.value);
    const plot = new uPlot(
      {
        width: Math.max(280, Math.min(box.current.clientWidth || 520, 720)),
        height: 220,
        // the legend follows the cursor: the period and value under it
        legend: { show: true, live: true },
        scales: {
          // one point alone would sit on the plot's edge: give it a year either side
          x: {
            time: true,
            range: (): uPlot.Range.MinMax => {
              const [first, last] = [xs[0], xs[xs.length - 1]];
              const margin = Math.max(YEAR / 4, (last - first) * 0.05);
              return [first - margin, last + margin];
            },
          },
          y: { range: (_u, min, max) => [Math.min(0, min), max * 1.1 || 1] },
        },
        axes: [{}, { values: (_u, ticks) => ticks.map((t) => formatAmount(t)), size: 90 }],
        series: [
          { label: "Period", value: (_u, x) => (x === null ? "—" : periodAt(points, x)) },
          {
            label: points.unit ?? "value",
            value: (_u, y) => (y === null ? "—" : formatAmount(y)),
            stroke: "#1f5fa8",
            width: 2,
            points: { show: true, size: 8, fill: "#1f5fa8" },
          },
        ],
      },
      [xs, ys],
      box.current,
    );
    return () => plot.destroy();
  }, [points]);
  return (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={`Chart: ${label}; the table below lists its points`}
    />
  );
}
