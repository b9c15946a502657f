import { useMemo, useState } from 'react';
import { Banner, EmptyState, ErrorState, Loading, createTranslate, formatDate, formatDateTime, useUi, type Gateway } from '@support-standard/ui-kit';
import { BreachTable } from './breach-table';
import { ChartView } from './chart-view';
import { ExportButton } from './export-button';
import { fieldLabels } from './field-labels';
import { messages } from './messages';
import { addDays, localDate, periodRange } from './period';
import { PeriodPicker, type PeriodChoice } from './period-picker';
import { reportFigures } from './report-figures';
import { ReportSummary } from './report-summary';
import { router } from '@forge/bridge';
import { overviewMessages } from './overview-messages';
import { useReport, type ReportRequest } from './use-report';

/** The queue page: one project's SLA, satisfaction, follow-up and volume figures for a chosen period. */
export function ReportsPage({ gateway, projectId }: { readonly gateway: Gateway; readonly projectId: string | null }) {
  const { locale, timeZone } = useUi();
  const t = useMemo(() => createTranslate(messages, locale), [locale]);
  // Fixed when the page opens: the period must not drift while the backend computes it.
  const [now] = useState(() => Date.now());
  const today = localDate(now, timeZone);
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'thisMonth', from: addDays(today, -29), to: today });
  const [attempt, setAttempt] = useState(0);
  const range = periodRange(choice.preset, now, timeZone, choice);
  const request = useMemo<ReportRequest | null>(
    () => (range === null ? null : { from: range.from, to: range.to, timezone: timeZone, projectId }),
    [range?.from, range?.to, timeZone, projectId],
  );
  const state = useReport(gateway, request, attempt);
  const figures = useMemo(() => (state.status === 'ready' ? reportFigures(state.report, locale, t) : []), [state, locale, t]);

  return (
    <main className="ss-stack" style={{ padding: 8 }}>
      <h1 style={{ margin: 0 }}>{t('title')}</h1>
      <div>
        {/* The overview is its own queue page now; the reports point there for what is due next. */}
        <button type="button" className="ss-button" data-open-overview onClick={() => { void router.navigate({ target: 'module', moduleKey: 'sla-overview' }); }}>
          {createTranslate(overviewMessages, locale)('open')}
        </button>
      </div>
      <div className="ss-row" style={{ justifyContent: 'space-between', alignItems: 'flex-end' }}>
        <PeriodPicker t={t} choice={choice} invalid={choice.preset === 'custom' && range === null} onChange={setChoice} />
        {request === null ? null : <ExportButton gateway={gateway} request={request} t={t} />}
      </div>
      {request === null ? null : (
        <span className="ss-subtle">
          {t('periodShown', { from: formatDate(request.from, locale, timeZone), to: formatDate(request.to - 1, locale, timeZone), zone: timeZone })}
        </span>
      )}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'computing' ? (
        <div data-state="computing">
          <Banner tone="info">
            <span className="ss-row">
              <span className="ss-spinner" aria-hidden="true" />
              {t('computing', { count: state.requestsSoFar })}
            </span>
          </Banner>
        </div>
      ) : null}
      {state.status === 'error' ? <ErrorState error={state.error} labels={fieldLabels(t)} onRetry={() => { setAttempt((n) => n + 1); }} /> : null}
      {state.status === 'ready' && state.report.totals.requests === 0 ? <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState> : null}
      {state.status === 'ready' && state.report.totals.requests > 0 ? (
        <div className="ss-stack" data-state="ready">
          <span className="ss-subtle">{t('computedAt', { time: formatDateTime(Date.parse(state.computedAt), locale, timeZone) })}</span>
          <ReportSummary report={state.report} t={t} />
          <div className="ss-grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(380px, 1fr))' }}>
            {figures.map((figure) => (
              <div key={figure.id} className="ss-card">
                <ChartView figure={figure} />
              </div>
            ))}
          </div>
          <BreachTable breaches={state.report.breaches} t={t} />
        </div>
      ) : null}
    </main>
  );
}
