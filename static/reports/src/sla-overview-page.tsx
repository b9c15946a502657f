import { createTranslate, useUi, type Gateway } from '@support-standard/ui-kit';
import { overviewMessages } from './overview-messages';
import { SlaOverviewSection } from './sla-overview-section';

/** The `sla-overview` queue page: the agent's landing for "what do I do next" (issue 12 point 9). */
export function SlaOverviewPage({ gateway, projectId }: { readonly gateway: Gateway; readonly projectId: string | null }) {
  const { locale } = useUi();
  const t = createTranslate(overviewMessages, locale);
  return (
    <main className="ss-stack" style={{ padding: 8 }} data-page="sla-overview">
      <p className="ss-subtle" style={{ margin: 0 }}>{t('pageIntro')}</p>
      {projectId === null ? <span className="ss-subtle">{t('noProject')}</span> : <SlaOverviewSection gateway={gateway} projectId={projectId} />}
    </main>
  );
}
