import type { ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import { createTranslate, formatDateTime, useUi } from '@support-standard/ui-kit';
import { practiceMessages } from './practice-messages';
import { personName } from './record-names';

/** Each time the duty supervisor was told the request is urgent (once per resolution cycle, issue 12 point 3). */
export function EscalationLine({ record, names }: { readonly record: ServiceRecord; readonly names: RecordNames }) {
  const { locale, timeZone } = useUi();
  const p = createTranslate(practiceMessages, locale);
  const escalations = record.escalations ?? [];
  if (escalations.length === 0) return null;
  return (
    <ul className="ss-stack" aria-label={p('escalations')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {escalations.map((e) => {
        const vars = {
          who: e.supervisor === null ? p('noSupervisor') : personName(names, e.supervisor),
          at: formatDateTime(Date.parse(e.at), locale, timeZone),
          how: p(`path.${e.path}`),
          cycle: String(e.cycle),
        };
        return (
          <li key={e.cycle} className="ss-banner ss-banner-warning" data-escalation={e.path}>
            {e.cycle === 1 ? p('escalated', vars) : p('escalatedCycle', vars)}
          </li>
        );
      })}
    </ul>
  );
}
