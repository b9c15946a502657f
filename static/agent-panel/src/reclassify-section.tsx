import { useEffect, useState } from 'react';
import type { Classification, ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';
import type { AgentState, IntakeOptions } from '../../../src/shared/rpc';
import { ErrorState, SelectField, TextField, createTranslate, formatDateTime, textFor, useAction, useUi, type Gateway, type UiLocale } from '@support-standard/ui-kit';
import { practiceMessages } from './practice-messages';
import { personName } from './record-names';

interface Props {
  readonly record: ServiceRecord;
  readonly names: RecordNames;
  readonly gateway: Gateway;
  readonly onState: (state: AgentState) => void;
}

/** `category / subcategory · impact` by the configured names; ids when a name is gone from the configuration. */
export const classificationLine = (c: Classification, options: IntakeOptions | null, locale: UiLocale): string => {
  const category = options?.categories.find((x) => x.id === c.category);
  const sub = c.subcategory === null ? null : category?.subcategories.find((x) => x.id === c.subcategory);
  const impact = c.impact === null ? null : options?.impactLevels.find((x) => x.id === c.impact);
  const categoryText = category === undefined ? c.category : textFor(category.name, locale);
  const subText = c.subcategory === null ? '' : ` / ${sub == null ? c.subcategory : textFor(sub.name, locale)}`;
  const impactText = c.impact === null ? '' : ` · ${impact == null ? c.impact : textFor(impact.name, locale)}`;
  return `${categoryText}${subText}${impactText}`;
};

/**
 * Agents correct the requester's category, subcategory and impact with a reason (issue 12 point 1); the backend
 * re-runs the priority rules and routing. Earlier corrections are listed, who/when/from → to/why.
 */
export function ReclassifySection({ record, names, gateway, onState }: Props) {
  const { locale, timeZone } = useUi();
  const p = createTranslate(practiceMessages, locale);
  const history = record.reclassifications ?? [];
  const [options, setOptions] = useState<IntakeOptions | null>(null);
  const [editing, setEditing] = useState(false);
  const [category, setCategory] = useState(record.category);
  const [subcategory, setSubcategory] = useState(record.subcategory ?? '');
  const [impact, setImpact] = useState(record.impact ?? '');
  const [reason, setReason] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const action = useAction(onState);
  const wantOptions = editing || history.length > 0;

  useEffect(() => {
    if (!wantOptions || options !== null) return;
    void gateway.call('agent/getIntakeOptions', {}).then((result) => {
      if (result.ok) setOptions(result.data);
    });
  }, [wantOptions, options, gateway]);

  const chosenCategory = options?.categories.find((c) => c.id === category);
  const subcategories = chosenCategory?.subcategories ?? [];
  const serverError = (path: string) => action.error?.fieldErrors?.find((e) => e.path === path);
  const reasonError = showErrors && reason.trim() === '' ? p('reasonRequired') : undefined;
  const subcategoryError = (showErrors && subcategories.length > 0 && subcategory === '') || serverError('subcategory') !== undefined ? p('chooseSubcategory') : undefined;
  const unchanged = serverError('category')?.message === 'unchanged';

  const start = () => {
    setCategory(record.category);
    setSubcategory(record.subcategory ?? '');
    setImpact(record.impact ?? '');
    setReason('');
    setShowErrors(false);
    action.clearError();
    setEditing(true);
  };

  const save = async () => {
    setShowErrors(true);
    if (reason.trim() === '' || (subcategories.length > 0 && subcategory === '') || impact === '') return;
    const done = await action.run(() =>
      gateway.call('agent/reclassify', { category, subcategory: subcategory === '' ? null : subcategory, impact, reason: reason.trim() }),
    );
    if (done) setEditing(false);
  };

  return (
    <section className="ss-stack" aria-label={p('reclassify')}>
      {history.length === 0 ? null : (
        <details>
          <summary>{p('history')} ({history.length})</summary>
          <ol className="ss-stack">
            {history.map((h) => (
              <li key={h.at} data-reclassification>
                {p('reclassified', {
                  who: personName(names, h.by),
                  at: formatDateTime(Date.parse(h.at), locale, timeZone),
                  from: classificationLine(h.from, options, locale),
                  to: classificationLine(h.to, options, locale),
                })}
                {h.routedTo === null ? '' : ` · ${p('routedTo', { who: personName(names, h.routedTo) })}`}
                <span className="ss-subtle"> — {h.reason}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {editing ? (
        <form
          className="ss-stack ss-card"
          aria-label={p('reclassifyTitle')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {options === null ? (
            <span className="ss-subtle">{p('loading')}</span>
          ) : (
            <>
              <SelectField
                label={p('category')}
                required
                value={category}
                options={options.categories.map((c) => ({ value: c.id, label: textFor(c.name, locale) }))}
                onChange={(v) => { setCategory(v); setSubcategory(''); action.clearError(); }}
              />
              {subcategories.length === 0 ? null : (
                <SelectField
                  label={p('subcategory')}
                  required
                  placeholder="—"
                  value={subcategory}
                  error={subcategoryError}
                  options={subcategories.map((s) => ({ value: s.id, label: textFor(s.name, locale) }))}
                  onChange={(v) => { setSubcategory(v); action.clearError(); }}
                />
              )}
              <SelectField
                label={p('impact')}
                required
                value={impact}
                options={options.impactLevels.map((l) => ({ value: l.id, label: textFor(l.name, locale) }))}
                onChange={(v) => { setImpact(v); action.clearError(); }}
              />
            </>
          )}
          <TextField label={p('reason')} help={p('reasonHelp')} required multiline maxLength={2000} value={reason} error={reasonError} onChange={setReason} />
          {unchanged ? <p role="alert" className="ss-banner ss-banner-warning">{p('unchanged')}</p> : null}
          {action.error === null || unchanged || subcategoryError !== undefined ? null : <ErrorState error={action.error} />}
          <div className="ss-row">
            <button type="submit" className="ss-button ss-button-primary" disabled={action.busy || options === null}>
              {p('reclassify')}
            </button>
            <button type="button" className="ss-button" onClick={() => { setEditing(false); action.clearError(); }}>
              {p('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="ss-button" onClick={start}>
            {p('reclassify')}
          </button>
        </div>
      )}
    </section>
  );
}
