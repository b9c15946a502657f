import type { AppConfig, Locale } from '../domain/config';
import { categoryName, localize, subcategoryName } from '../domain/taxonomy';
import type { LocalizedText, ServiceRecord } from '../shared/issue-properties';
import type { RecordNames } from '../shared/record-names';
import { bestEffort } from './best-effort';
import type { Needs, WithJira } from './deps';
import type { People } from './ports';

const bothLocales = (name: (locale: Locale) => string): LocalizedText => ({ en: name('en'), 'zh-CN': name('zh-CN') });

const impactName = (config: AppConfig, impactId: string): LocalizedText => {
  const level = config.impactLevels.find((l) => l.id === impactId);
  return bothLocales((locale) => (level === undefined ? impactId : localize(level.name, locale)));
};

/** Everyone the record names as having acted on the request, each once. */
const mentionedPeople = (record: ServiceRecord): readonly string[] => [
  ...new Set(
    [
      record.raisedBy,
      record.verification?.by,
      record.workaround?.by,
      record.fix?.by,
      record.confirmation?.by,
      ...(record.workaround?.previous ?? []).map((v) => v.by),
      ...(record.fix?.previous ?? []).map((v) => v.by),
      ...(record.escalations ?? []).map((e) => e.supervisor ?? undefined),
      ...(record.reclassifications ?? []).flatMap((r) => [r.by, r.routedTo ?? undefined]),
      ...(record.intakeCorrections ?? []).map((c) => c.by),
      ...(record.onsiteVisits ?? []).flatMap((v) => [v.requestedBy, v.departedBy ?? undefined]),
      ...(record.operationLog ?? []).flatMap((s) => [s.by, ...(s.previous ?? []).map((v) => v.by)]),
      ...(record.consultations ?? []).flatMap((c) => [
        c.askedBy,
        ...c.invitees,
        ...c.replies.map((r) => r.by),
        c.outcome?.by,
        ...(c.outcome?.previous ?? []).map((v) => v.by),
        c.closedBy ?? undefined,
      ]),
    ].filter((id) => id !== undefined),
  ),
];

/**
 * The record's taxonomy, impact and people by name. People are looked up in Jira as the app (callers have
 * authorised the viewer first), each account once per call; a lookup Jira refuses leaves that id unnamed
 * rather than failing the whole panel.
 */
export const recordNames = async (deps: Needs<'logger'> & WithJira<People>, config: AppConfig, record: ServiceRecord | null): Promise<RecordNames> => {
  if (record === null) return { category: null, subcategory: null, impact: null, people: {} };
  const { subcategory, impact } = record;
  const people: Record<string, string> = {};
  await Promise.all(
    mentionedPeople(record).map((accountId) =>
      bestEffort(deps, 'display name lookup', async () => {
        const name = (await deps.jira.getUser(accountId))?.displayName ?? '';
        if (name !== '') people[accountId] = name;
      }),
    ),
  );
  return {
    category: bothLocales((locale) => categoryName(config.taxonomy, record.category, locale)),
    subcategory: subcategory === null ? null : bothLocales((locale) => subcategoryName(config.taxonomy, subcategory, locale)),
    impact: impact === null ? null : impactName(config, impact),
    people,
  };
};
