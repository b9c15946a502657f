import { useId, useState } from 'react';
import type { PortalRecord } from '../../../src/shared/rpc';
import { ErrorState, TextField, useAction, type Gateway, type Translate } from '@support-standard/ui-kit';
import type { RequestKey } from './messages';
import { COMMENT_MAX, SCORES, SURVEY_ITEMS, completeScores, validateSurvey, type DraftScores } from './survey-form-state';

interface Props {
  readonly gateway: Gateway;
  readonly onRecord: (record: PortalRecord) => void;
  readonly t: Translate<RequestKey>;
}

/** The five-item survey of the standard (1–5 each) with a comment; one rating per resolution cycle. */
export function SurveyForm({ gateway, onRecord, t }: Props) {
  const [draft, setDraft] = useState<DraftScores>({});
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const action = useAction(onRecord);
  const errors = validateSurvey(draft, comment);
  const name = useId();

  const send = async () => {
    setAttempted(true);
    const scores = completeScores(draft);
    if (scores === null || errors.items.length > 0 || errors.comment !== undefined) return;
    await action.run(() => gateway.call('portal/submitSurvey', { scores, comment: comment.trim() === '' ? null : comment.trim() }));
  };

  return (
    <form
      className="ss-stack"
      aria-labelledby={`${name}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${name}-title`}>{t('surveyTitle')}</h2>
      <p className="ss-subtle">{t('surveyHint')}</p>
      {SURVEY_ITEMS.map((item) => {
        const missing = attempted && errors.items.includes(item);
        const errorId = `${name}-${item}-error`;
        return (
          <fieldset key={item} className="ss-field" style={{ border: 'none', margin: 0, padding: 0 }} {...(missing ? { 'aria-describedby': errorId } : {})}>
            <legend className="ss-legend">{t('scoreLegend', { item: t(`item.${item}`) })}</legend>
            <div className="ss-row ss-scores" role="presentation">
              {SCORES.map((score) => {
                const id = `${name}-${item}-${score}`;
                return (
                  <span key={score} className="ss-score">
                    <input
                      type="radio"
                      id={id}
                      name={`${name}-${item}`}
                      value={score}
                      checked={draft[item] === score}
                      aria-label={t('scoreScale', { score })}
                      onChange={() => { setDraft((d) => ({ ...d, [item]: score })); }}
                    />
                    <label htmlFor={id} aria-hidden="true">
                      {score}
                    </label>
                  </span>
                );
              })}
            </div>
            {missing ? (
              <span id={errorId} className="ss-error">
                {t('unrated', { item: t(`item.${item}`) })}
              </span>
            ) : null}
          </fieldset>
        );
      })}
      <TextField
        label={t('comment')}
        multiline
        maxLength={COMMENT_MAX}
        value={comment}
        error={attempted && errors.comment !== undefined ? t('commentTooLong') : undefined}
        onChange={setComment}
      />
      {action.error === null ? null : <ErrorState error={action.error} />}
      <div>
        <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
