import { isDoneStatus, type AppConfig } from '../domain/config';
import { buildKnowledgeArticle, renderMarkdown, renderStorage, type KnowledgeArticle } from '../domain/knowledge';
import { categoryName, subcategoryName } from '../domain/taxonomy';
import { failure, success, type Envelope } from '../shared/envelope';
import type { ServiceRecord } from '../shared/issue-properties';
import type { KnowledgeDraft } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import { type IssueEditor, type IssueSnapshot, type KnowledgeBasePort, KnowledgeBaseUnavailableError, type People } from './ports';
import { recordNames } from './record-names';
import { readRecord, writeRecord } from './service-record-store';

/** How long one drafting click may hold the request's drafting turn (longer than a resolver lives). */
const DRAFT_HOLD_MS = 60_000;

const isResolved = (config: AppConfig, issue: IssueSnapshot): boolean => isDoneStatus(config, issue.status);

/** A request may become a knowledge article once it is resolved with a permanent fix (DOMAIN: 知识库建设). */
export const canDraftKnowledge = (config: AppConfig, issue: IssueSnapshot, record: ServiceRecord | null): boolean =>
  record !== null && record.fix !== null && isResolved(config, issue);

export const knowledgeTarget = (config: AppConfig): 'confluence' | 'markdown' => (config.knowledge.spaceKey === null ? 'markdown' : 'confluence');

const articleOf = async (
  deps: Needs<'logger'> & WithJira<People>,
  config: AppConfig,
  issue: IssueSnapshot,
  record: ServiceRecord & { fix: NonNullable<ServiceRecord['fix']> },
  cause: string | null,
): Promise<KnowledgeArticle> => {
  const locale = config.knowledge.language;
  const names = await recordNames(deps, config, record);
  const person = (accountId: string): string => names.people[accountId] ?? accountId;
  return buildKnowledgeArticle({
    locale,
    timezone: config.numbering.timezone,
    issueKey: issue.key,
    issueUrl: null,
    serviceNumber: record.serviceNumber,
    summary: issue.summary,
    category: categoryName(config.taxonomy, record.category, locale),
    subcategory: record.subcategory === null ? null : subcategoryName(config.taxonomy, record.subcategory, locale),
    cause,
    fix: { text: record.fix.text, by: person(record.fix.by), at: Date.parse(record.fix.at) },
    steps: (record.operationLog ?? []).map((s) => ({ at: Date.parse(s.at), by: person(s.by), action: s.action, tool: s.tool, sessionId: s.sessionId, result: s.result })),
  });
};

/**
 * Turns a request resolved with a permanent fix into a knowledge article (issue 13 point 5). With a configured
 * Confluence space: a draft page there, its id and link recorded on the request (storage, then the mirror), so
 * a second click links to that draft instead of creating another (a new one only if the draft was deleted);
 * concurrent clicks are serialised by a per-request drafting turn. Without a space: the article as Markdown.
 */
export const draftKnowledge = async (
  deps: Needs<'clock' | 'config' | 'logger' | 'once' | 'truth'> & WithJira<IssueEditor & People>,
  kb: KnowledgeBasePort,
  issue: IssueSnapshot,
  by: string,
  input: { readonly cause: string | null },
): Promise<Envelope<KnowledgeDraft>> => {
  const [{ config }, record] = await Promise.all([currentConfig(deps.config), readRecord(deps, issue)]);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  if (record.fix === null || !canDraftKnowledge(config, issue, record)) {
    return failure('invalid-state', 'Only a request resolved with a permanent fix can become a knowledge article.');
  }
  const article = await articleOf(deps, config, issue, { ...record, fix: record.fix }, input.cause);
  const spaceKey = config.knowledge.spaceKey;
  if (spaceKey === null) {
    return success({ kind: 'markdown', title: article.title, fileName: `${record.serviceNumber}.md`, markdown: renderMarkdown(article) });
  }
  try {
    if (record.knowledge !== undefined && record.knowledge.spaceKey === spaceKey) {
      const existing = await kb.getPage(record.knowledge.pageId);
      if (existing !== null) return success({ kind: 'page', pageId: existing.id, url: existing.url, title: article.title, created: false });
    }
    const key = `knowledge-draft:${issue.id}`;
    const now = deps.clock.now();
    const turn = await deps.once.inspect(key);
    const attempt = turn.done ? 1 : turn.attempt + 1;
    if (!turn.done && turn.until !== null && turn.until > now) return failure('conflict', 'This request is being drafted right now; try again in a minute.');
    if (!(await deps.once.intend(key, attempt, now + DRAFT_HOLD_MS))) return failure('conflict', 'This request is being drafted right now; try again in a minute.');
    try {
      // Read again inside the turn: a click that finished just before took the turn has recorded its page.
      const latest = (await readRecord(deps, issue)) ?? record;
      if (latest.knowledge !== undefined && latest.knowledge.spaceKey === spaceKey && latest.knowledge.pageId !== record.knowledge?.pageId) {
        return success({ kind: 'page', pageId: latest.knowledge.pageId, url: latest.knowledge.url, title: article.title, created: false });
      }
      const spaceId = await kb.findSpaceId(spaceKey);
      if (spaceId === null) {
        return failure('invalid-config', `The Confluence space ${spaceKey} does not exist or the app cannot see it.`, [{ path: 'knowledge.spaceKey', message: 'no such space' }]);
      }
      const page = await kb.createDraft({ spaceId, title: article.title, storage: renderStorage(article) });
      await writeRecord(deps, issue, { ...latest, knowledge: { pageId: page.id, spaceKey, url: page.url, by, at: new Date(deps.clock.now()).toISOString() } });
      return success({ kind: 'page', pageId: page.id, url: page.url, title: article.title, created: true });
    } finally {
      await deps.once.abandon(key, attempt);
    }
  } catch (error) {
    if (error instanceof KnowledgeBaseUnavailableError) {
      deps.logger.warn('knowledge base unavailable', { issueKey: issue.key, reason: error.message });
      return failure('unavailable', 'Confluence did not answer; try again later, or ask an admin to check the knowledge-base space.');
    }
    throw error;
  }
};
