import type { Translate } from '@support-standard/ui-kit';
import type { Compliance, ReportData } from '../../../src/domain/reports/report-data';
import type { ReportsKey } from './messages';

const percent = (c: Compliance, t: Translate<ReportsKey>): string => (c.percent === null ? t('notJudged') : `${c.percent}%`);

/** The headline figures; `data-figure` names each so a test can compare it with the backend's report. */
export function ReportSummary({ report, t }: { readonly report: ReportData; readonly t: Translate<ReportsKey> }) {
  const figures: readonly (readonly [ReportsKey, string, string])[] = [
    ['total.requests', 'requests', String(report.totals.requests)],
    ['total.resolved', 'resolved', String(report.totals.resolved)],
    ['total.responseCompliance', 'response-percent', percent(report.sla.overall.response, t)],
    ['total.resolutionCompliance', 'resolution-percent', percent(report.sla.overall.resolution, t)],
    ['total.breaches', 'breaches', String(report.breaches.total)],
    ['total.surveys', 'surveys', String(report.satisfaction.overall.responses)],
  ];
  return (
    <div className="ss-grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))' }}>
      {figures.map(([label, id, value]) => (
        <div key={id} className="ss-card ss-stack" style={{ gap: 4 }}>
          <span className="ss-subtle">{t(label)}</span>
          <strong style={{ fontSize: 22 }} data-figure={id}>
            {value}
          </strong>
        </div>
      ))}
    </div>
  );
}
