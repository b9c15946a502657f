import { useEffect, useRef, useState } from 'react';
import type { SlaOverview } from '../../../src/shared/rpc';
import { Countdown, ErrorState, Loading, SelectField, createTranslate, textFor, useNow, useRemote, useUi, type Gateway } from '@support-standard/ui-kit';
import { overviewMessages } from './overview-messages';
import { CLOCK_NAMES } from '../../../src/domain/vocabulary/clocks';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';

const TONE_CLASS = { ok: 'ss-lozenge-success', warning: 'ss-lozenge-warning', breached: 'ss-lozenge-danger' } as const;

/**
 * The SLA overview, its own queue page (issue 12 point 9): the project's open requests by time left on
 * their most urgent running clock, filterable by clock, priority, category, assignee and "mine", with live countdowns,
 * warning colours and links to the requests.
 */
export function SlaOverviewSection({ gateway, projectId }: { readonly gateway: Gateway; readonly projectId: string }) {
  const { locale } = useUi();
  const t = createTranslate(overviewMessages, locale);
  const now = useNow();
  const [clock, setClock] = useState('');
  const [priority, setPriority] = useState('');
  const [category, setCategory] = useState('');
  const [mine, setMine] = useState(false);
  const [assignee, setAssignee] = useState('');
  const remote = useRemote<SlaOverview>(() =>
    gateway.call('reports/slaOverview', {
      projectId,
      clock: CLOCK_NAMES.find((c) => c === clock) ?? null,
      priority: LEVEL_IDS.find((l) => l === priority) ?? null,
      category: category === '' ? null : category,
      mine,
      assignee: assignee === '' ? null : assignee,
    }),
  );
  // A changed filter reloads; the first render's load is useRemote's own.
  const mounted = useRef(false);
  const { reload } = remote;
  useEffect(() => {
    if (mounted.current) reload();
    mounted.current = true;
  }, [clock, priority, category, mine, assignee, reload]);
  const any = { value: '', label: t('any') };
  const categories = remote.state.status === 'ready' ? remote.state.data.categories : [];
  // Kept across reloads, so choosing an engineer does not take the others off the list.
  const [knownAssignees, setKnownAssignees] = useState<readonly { accountId: string; displayName: string }[]>([]);
  const loaded = remote.state.status === 'ready' ? remote.state.data.assignees : null;
  useEffect(() => {
    if (loaded === null) return;
    setKnownAssignees((known) => {
      const merged = new Map(known.map((a) => [a.accountId, a.displayName]));
      for (const a of loaded) merged.set(a.accountId, a.displayName);
      return merged.size === known.length ? known : [...merged].map(([accountId, displayName]) => ({ accountId, displayName }));
    });
  }, [loaded]);

  return (
    <section className="ss-stack ss-card" aria-labelledby="sla-overview-heading" data-sla-overview>
      <h2 id="sla-overview-heading" style={{ margin: 0 }}>{t('title')}</h2>
      <div className="ss-row" style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <SelectField label={t('clock')} value={clock} options={[any, ...CLOCK_NAMES.map((c) => ({ value: c, label: t(`clock.${c}`) }))]} onChange={setClock} />
        <SelectField label={t('priority')} value={priority} options={[any, ...LEVEL_IDS.map((l) => ({ value: l, label: t(`level.${l}`) }))]} onChange={setPriority} />
        <SelectField label={t('category')} value={category} options={[any, ...categories.map((c) => ({ value: c.id, label: textFor(c.name, locale) }))]} onChange={setCategory} />
        <SelectField label={t('assignee')} value={assignee} options={[any, ...knownAssignees.map((a) => ({ value: a.accountId, label: a.displayName }))]} onChange={setAssignee} />
        <label className="ss-row">
          <input type="checkbox" checked={mine} onChange={(e) => { setMine(e.currentTarget.checked); }} />
          {t('mine')}
        </label>
        <button type="button" className="ss-button" onClick={remote.reload}>{t('refresh')}</button>
      </div>
      {remote.state.status === 'loading' ? <Loading /> : null}
      {remote.state.status === 'error' ? <ErrorState error={remote.state.error} onRetry={remote.reload} /> : null}
      {remote.state.status === 'ready' && remote.state.data.rows.length === 0 ? <span className="ss-subtle">{t('empty')}</span> : null}
      {remote.state.status === 'ready' && remote.state.data.rows.length > 0 ? (
        <table className="ss-table" data-state="overview-ready">
          <thead>
            <tr>
              <th scope="col">{t('request')}</th>
              <th scope="col">{t('priority')}</th>
              <th scope="col">{t('category')}</th>
              <th scope="col">{t('assignee')}</th>
              <th scope="col">{t('clock')}</th>
              <th scope="col">{t('timeLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {remote.state.data.rows.map((row) => {
              const left = Date.parse(row.due) - now;
              const tone = left <= 0 ? 'breached' : row.tone;
              return (
                <tr key={row.key} data-overview-row={row.key} data-due={row.due} data-tone={tone}>
                  <td>
                    <a href={`/browse/${row.key}`} target="_top">{row.serviceNumber ?? row.key}</a> {row.summary}
                  </td>
                  <td>{row.priority === null ? '—' : t(`level.${row.priority}`)}</td>
                  <td>{row.categoryName === null ? (row.category ?? '—') : textFor(row.categoryName, locale)}</td>
                  <td>{row.assignee?.displayName ?? t('unassigned')}</td>
                  <td>{t(`clock.${row.clock}`)}</td>
                  <td>
                    <span className={`ss-lozenge ${TONE_CLASS[tone]}`}>{t(`tone.${tone}`)}</span> <Countdown untilDueMs={left} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {remote.state.status === 'ready' && remote.state.data.truncated ? <span className="ss-subtle">{t('truncated')}</span> : null}
    </section>
  );
}
