import { formatDateTime, formatMinutes, useUi, type Translate } from '@support-standard/ui-kit';
import type { ReportData } from '../../../src/domain/reports/report-data';
import type { ReportsKey } from './messages';

/** The newest breaches of the period; the total is always the full count. */
export function BreachTable({ breaches, t }: { readonly breaches: ReportData['breaches']; readonly t: Translate<ReportsKey> }) {
  const { locale, timeZone } = useUi();
  return (
    <section className="ss-card ss-stack" aria-labelledby="breaches-title">
      <h2 id="breaches-title" style={{ margin: 0, fontSize: 16 }}>
        {t('breaches')} ({breaches.total})
      </h2>
      {breaches.items.length === 0 ? (
        <span className="ss-subtle">{t('noBreaches')}</span>
      ) : (
        <>
          {breaches.truncated ? <span className="ss-subtle">{t('breachesTruncated', { shown: breaches.items.length, total: breaches.total })}</span> : null}
          <div style={{ overflowX: 'auto' }}>
            <table className="ss-table" data-testid="breach-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.request')}</th>
                  <th scope="col">{t('col.number')}</th>
                  <th scope="col">{t('col.clock')}</th>
                  <th scope="col">{t('col.priority')}</th>
                  <th scope="col">{t('col.assignee')}</th>
                  <th scope="col">{t('col.used')}</th>
                  <th scope="col">{t('col.created')}</th>
                </tr>
              </thead>
              <tbody>
                {breaches.items.map((b) => (
                  <tr key={`${b.key}-${b.clock}`}>
                    <td>{b.key}</td>
                    <td>{b.number ?? '—'}</td>
                    <td>{t(`clock.${b.clock}`)}</td>
                    <td>{b.priority === null ? t('none') : t(`priority.${b.priority}`)}</td>
                    <td>{b.assignee?.displayName ?? t('unassigned')}</td>
                    <td>
                      {formatMinutes(b.usedMinutes, locale)} / {formatMinutes(b.targetMinutes, locale)}
                    </td>
                    <td>{formatDateTime(Date.parse(b.created), locale, timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
