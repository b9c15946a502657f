import type { SurveyItem, SurveyProperty } from '../../../src/shared/issue-properties';
import { SURVEY_ITEM_IDS } from '../../../src/domain/vocabulary/survey-items';
import { formatDateTime, useUi, type Translate } from '@support-standard/ui-kit';
import type { AgentKey } from './messages';

interface Props {
  readonly survey: SurveyProperty | null;
  /** Items the backend's low-score rule marks low (the configured threshold; DOMAIN.md §6). */
  readonly lowItems: readonly SurveyItem[];
  readonly t: Translate<AgentKey>;
}

export function SurveySection({ survey, lowItems, t }: Props) {
  const { locale, timeZone } = useUi();
  if (survey === null) return <p className="ss-subtle">{t('noSurvey')}</p>;
  return (
    <div className="ss-stack">
      <div className="ss-row">
        <span className="ss-subtle">{formatDateTime(Date.parse(survey.at), locale, timeZone)}</span>
        {survey.low ? <span className="ss-lozenge ss-lozenge-danger">{t('lowScore')}</span> : null}
      </div>
      <table className="ss-table">
        <tbody>
          {SURVEY_ITEM_IDS.map((item) => {
            const score = survey.scores[item];
            return (
              <tr key={item}>
                <th scope="row">{t(`item.${item}`)}</th>
                <td className={lowItems.includes(item) ? 'ss-error' : undefined} {...(lowItems.includes(item) ? { 'data-low': true } : {})}>{`${score} / 5`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {survey.comment === null ? null : (
        <p>
          <span className="ss-subtle">{t('comment')}: </span>
          {survey.comment}
        </p>
      )}
      {survey.low ? (
        <span data-follow-up={survey.followUp?.status ?? 'pending'}>
          {survey.followUp === null
            ? t('followUpPending')
            : t('followUp', { key: survey.followUp.issueKey, status: t(`followUp.${survey.followUp.status}`) })}
        </span>
      ) : null}
    </div>
  );
}
