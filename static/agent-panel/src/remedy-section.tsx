import { useState } from 'react';
import type { Remedy } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState } from '../../../src/shared/rpc';
import { ErrorState, TextField, createTranslate, formatDateTime, instantToWallTime, toIsoWithOffset, useAction, useUi, wallTimeToInstant, type Gateway, type Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';
import { practiceMessages } from './practice-messages';
import { personName } from './record-names';

interface Props {
  readonly kind: 'workaround' | 'fix';
  readonly remedy: Remedy | null;
  readonly names: RecordNames;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
  readonly t: Translate<AgentKey>;
}

/**
 * A temporary workaround or a permanent fix, each with its expected date (DOMAIN.md §6). Recording again
 * starts from the current version; the versions it replaced stay listed (issue 12 point 8).
 */
export function RemedySection({ kind, remedy, names, gateway, onState, t }: Props) {
  const { locale, timeZone } = useUi();
  const p = createTranslate(practiceMessages, locale);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [expected, setExpected] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [expectedIncomplete, setExpectedIncomplete] = useState(false);
  const action = useAction(onState);
  const key = kind === 'workaround' ? 'agent/recordWorkaround' : 'agent/recordFix';
  const expectedInstant = expected === '' ? null : wallTimeToInstant(expected, timeZone);
  const textError = text.trim() === '' ? t('textRequired') : undefined;
  const expectedUnusable = expected !== '' && expectedInstant === null;
  const expectedInvalid = expectedIncomplete || expectedUnusable;
  const expectedRefused = action.error?.fieldErrors?.some((e) => e.path === 'expectedAt') === true;
  const expectedError = showErrors && expectedInvalid ? t('expectedInvalid') : expectedRefused ? p('expectedPast') : undefined;
  const previous = remedy?.previous ?? [];

  const startEditing = () => {
    setText(remedy?.text ?? '');
    const current = remedy?.expectedAt ?? null;
    setExpected(current === null ? '' : instantToWallTime(Date.parse(current), timeZone));
    setEditing(true);
  };

  const save = async (incomplete: boolean) => {
    setShowErrors(true);
    setExpectedIncomplete(incomplete);
    if (textError !== undefined || incomplete || expectedUnusable) return;
    const expectedAt = expectedInstant === null ? null : toIsoWithOffset(expectedInstant, timeZone);
    const done = await action.run(() => gateway.call(key, { text: text.trim(), expectedAt }));
    if (done) {
      setEditing(false);
      setText('');
      setExpected('');
      setShowErrors(false);
    }
  };

  const title = t(kind);
  return (
    <section className="ss-stack" aria-label={title}>
      <h3>{title}</h3>
      {remedy === null ? (
        <span className="ss-subtle">{t('none')}</span>
      ) : (
        <div>
          <p>{remedy.text}</p>
          <span className="ss-subtle">
            {t('recordedBy', { who: personName(names, remedy.by), at: formatDateTime(Date.parse(remedy.at), locale, timeZone) })}
            {remedy.expectedAt === null ? '' : ` · ${t('expectedAt')}: ${formatDateTime(Date.parse(remedy.expectedAt), locale, timeZone)}`}
          </span>
          {previous.length === 0 ? null : (
            <details>
              <summary>{p('earlierVersions', { n: String(previous.length) })}</summary>
              <ol className="ss-stack" reversed>
                {[...previous].reverse().map((version) => (
                  <li key={version.at} data-remedy-version>
                    <span>{version.text}</span>{' '}
                    <span className="ss-subtle">
                      {p('versionLine', { who: personName(names, version.by), at: formatDateTime(Date.parse(version.at), locale, timeZone) })}
                      {version.expectedAt === null ? '' : ` · ${t('expectedAt')}: ${formatDateTime(Date.parse(version.expectedAt), locale, timeZone)}`}
                    </span>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
      {editing ? (
        <form
          className="ss-stack ss-card"
          aria-label={title}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // A half-typed date reads as '' from the control; only its validity tells that something was typed.
            void save(Array.from(e.currentTarget.querySelectorAll('input')).some((input) => input.validity.badInput));
          }}
        >
          <TextField label={t('remedyText')} required multiline maxLength={2000} value={text} error={showErrors ? textError : undefined} onChange={setText} />
          <TextField
            label={t('expectedAt')}
            type="datetime-local"
            help={t('expectedAtHelp', { zone: timeZone })}
            value={expected}
            error={expectedError}
            onChange={(value) => { setExpected(value); setExpectedIncomplete(false); action.clearError(); }}
          />
          {action.error === null || expectedRefused ? null : <ErrorState error={action.error} />}
          <div className="ss-row">
            <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>
              {t('save')}
            </button>
            <button type="button" className="ss-button" onClick={() => { setEditing(false); action.clearError(); }}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="ss-button" onClick={startEditing}>
            {`${remedy === null ? t('record') : p('update')}: ${title}`}
          </button>
        </div>
      )}
    </section>
  );
}
