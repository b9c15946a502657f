import type { Plan, PlanPart } from '../../../src/shared/issue-properties';
import { createTranslate, formatDateTime, fromPairs, useUi } from '@support-standard/ui-kit';

const planMessages = fromPairs({
  plan: ['Plan', '处理方案'],
  planHint: ['What the support team will do, as decided so far. We also send it to you as a comment when it changes.', '技术支持团队目前确定的处理方案;方案变化时也会以评论通知您。'],
  temporary: ['Temporary plan', '临时方案'],
  permanent: ['Permanent plan', '永久方案'],
  notYet: ['Not decided yet', '暂无'],
  processingPeriod: ['Processing period', '处理周期'],
  expectedAt: ['Expected by', '预计完成'],
  expectedEffect: ['Expected effect', '预期效果'],
});

/** The current temporary and permanent plan with processing period and expected effect (issue 13 point 1). */
export function PlanSection({ plan }: { readonly plan: Plan | null }) {
  const { locale, timeZone } = useUi();
  const t = createTranslate(planMessages, locale);
  if (plan === null) return null;
  const part = (key: 'temporary' | 'permanent', p: PlanPart | null) => (
    <div className="ss-stack" data-plan={key}>
      <strong>{t(key)}</strong>
      {p === null ? (
        <span className="ss-subtle">{t('notYet')}</span>
      ) : (
        <>
          <p data-plan-text>{p.text}</p>
          <dl className="ss-dl">
            {p.processingPeriod === null ? null : (
              <>
                <dt>{t('processingPeriod')}</dt>
                <dd data-plan-period>{p.processingPeriod}</dd>
              </>
            )}
            {p.expectedAt === null ? null : (
              <>
                <dt>{t('expectedAt')}</dt>
                <dd>{formatDateTime(Date.parse(p.expectedAt), locale, timeZone)}</dd>
              </>
            )}
            {p.expectedEffect === null ? null : (
              <>
                <dt>{t('expectedEffect')}</dt>
                <dd data-plan-effect>{p.expectedEffect}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </div>
  );
  return (
    <section className="ss-card ss-stack" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan')}</h2>
      <span className="ss-subtle">{t('planHint')}</span>
      {part('temporary', plan.temporary)}
      {part('permanent', plan.permanent)}
    </section>
  );
}
