import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the pieces a bar chart needs, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface BarSeries {
  readonly label: string;
  readonly values: readonly number[];
  /** A CSS custom property such as `--ss-brand`, read at draw time so the chart follows the theme. */
  readonly colorVar: string;
}

const cssVar = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** A themed bar chart with a text alternative (the canvas itself is invisible to screen readers). */
export function BarChart({ title, labels, series }: { readonly title: string; readonly labels: readonly string[]; readonly series: readonly BarSeries[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const text = cssVar('--ss-text');
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: [...labels],
        datasets: series.map((s) => ({ label: s.label, data: [...s.values], backgroundColor: cssVar(s.colorVar) })),
      },
      options: {
        responsive: true,
        animation: false,
        color: text,
        scales: { x: { ticks: { color: text } }, y: { ticks: { color: text }, beginAtZero: true } },
      },
    });
    return () => {
      chart.destroy();
    };
  }, [labels, series]);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="ss-legend">{title}</figcaption>
      <canvas ref={canvas} role="img" aria-label={title} />
      <table className="ss-visually-hidden">
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.label}>{s.values[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
