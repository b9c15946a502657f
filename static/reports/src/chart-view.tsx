import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { ChartFigure } from './report-figures';

// Only the pieces bar and line charts need, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const cssVar = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** A themed chart with a text alternative (the canvas itself is invisible to screen readers). */
export function ChartView({ figure }: { readonly figure: ChartFigure }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const text = cssVar('--ss-text');
    const grid = cssVar('--ss-border');
    // Without a fixed maximum the figure counts things, and counts have no fractions.
    const y =
      figure.max === null
        ? { ticks: { color: text, precision: 0 }, grid: { color: grid }, beginAtZero: true }
        : { ticks: { color: text }, grid: { color: grid }, beginAtZero: true, max: figure.max };
    const chart = new Chart(canvas.current, {
      type: figure.kind,
      data: {
        labels: [...figure.labels],
        datasets: figure.series.map((s) => ({
          label: s.label,
          data: [...s.values],
          backgroundColor: cssVar(s.colorVar),
          borderColor: cssVar(s.colorVar),
          spanGaps: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1.8,
        animation: false,
        color: text,
        plugins: { legend: { display: figure.series.length > 1, labels: { color: text } } },
        scales: { x: { ticks: { color: text }, grid: { color: grid } }, y },
      },
    });
    return () => {
      chart.destroy();
    };
  }, [figure]);
  return (
    <figure className="ss-stack" style={{ margin: 0 }} data-chart={figure.id}>
      <figcaption>
        <strong>{figure.title}</strong>
        {figure.note === null ? null : <span className="ss-subtle"> — {figure.note}</span>}
      </figcaption>
      <canvas ref={canvas} role="img" aria-label={figure.title} />
      <table className="ss-visually-hidden">
        <caption>{figure.title}</caption>
        <thead>
          <tr>
            <td />
            {figure.series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figure.labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {figure.series.map((s) => (
                <td key={s.label} data-value={s.values[i] ?? ''}>
                  {s.values[i] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
