import { EmptyState, createTranslate, useUi } from '@support-standard/ui-kit';
import { BarChart, type BarSeries } from './bar-chart';
import { messages } from './messages';

/** A report the page can draw: one bar chart per figure (SLA compliance, satisfaction, volume …). */
export interface ReportFigure {
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly BarSeries[];
}

/**
 * The queue page's shell. The report data and its resolver come with issue 6; until a source supplies
 * figures the page says what will appear here instead of drawing empty axes.
 */
export function ReportsPage({ figures }: { readonly figures: readonly ReportFigure[] }) {
  const { locale } = useUi();
  const t = createTranslate(messages, locale);
  return (
    <main className="ss-stack">
      <h1>{t('title')}</h1>
      {figures.length === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      ) : (
        <div className="ss-grid">
          {figures.map((figure) => (
            <div key={figure.title} className="ss-card">
              <BarChart title={figure.title} labels={figure.labels} series={figure.series} />
            </div>
          ))}
        </div>
      )}
    </main>
  );
}
