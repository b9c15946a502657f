import type { Locale } from '../config';
import { localDateTime } from '../time';

/** One step of the operation log as the article shows it (current version only; names, not account ids). */
export interface ArticleStep {
  readonly at: number;
  readonly by: string;
  readonly action: string;
  readonly tool: string | null;
  readonly sessionId: string | null;
  readonly result: string | null;
}

/** What a knowledge article is drafted from: the solved request's record, resolved to names in the desk language. */
export interface ArticleSource {
  readonly locale: Locale;
  /** IANA zone the article's times are written in (the desk's numbering zone). */
  readonly timezone: string;
  readonly issueKey: string;
  /** Link to the request in Jira; null when the site's address is unknown. */
  readonly issueUrl: string | null;
  readonly serviceNumber: string;
  readonly summary: string;
  readonly category: string;
  readonly subcategory: string | null;
  /** The cause as the agent states it when drafting; null when not given. */
  readonly cause: string | null;
  readonly fix: { readonly text: string; readonly by: string; readonly at: number };
  readonly steps: readonly ArticleStep[];
}

export interface KnowledgeArticle {
  readonly locale: Locale;
  readonly title: string;
  readonly problem: string;
  readonly category: string;
  readonly cause: string | null;
  readonly fix: string;
  readonly fixedBy: string;
  readonly fixedAt: string;
  readonly steps: readonly { readonly at: string; readonly by: string; readonly action: string; readonly tool: string | null; readonly result: string | null }[];
  readonly request: { readonly key: string; readonly serviceNumber: string; readonly url: string | null };
}

const HEADINGS = {
  'zh-CN': {
    problem: '问题',
    category: '分类',
    cause: '原因',
    fix: '永久解决方案',
    steps: '操作步骤',
    request: '关联请求',
    noCause: '未记录',
    noSteps: '无操作记录',
    fixedBy: (by: string, at: string) => `${by} 于 ${at} 记录`,
    session: '会话',
    result: '结果',
  },
  en: {
    problem: 'Problem',
    category: 'Category',
    cause: 'Cause',
    fix: 'Permanent fix',
    steps: 'Steps taken',
    request: 'Linked request',
    noCause: 'Not recorded',
    noSteps: 'No steps were logged',
    fixedBy: (by: string, at: string) => `Recorded by ${by} on ${at}`,
    session: 'session',
    result: 'result',
  },
} as const;

/** Title, sections and steps of the article; user text is kept verbatim here and escaped by each renderer. */
export const buildKnowledgeArticle = (source: ArticleSource): KnowledgeArticle => ({
  locale: source.locale,
  title: `${source.serviceNumber} ${source.summary}`.trim(),
  problem: source.summary,
  category: source.subcategory === null ? source.category : `${source.category} / ${source.subcategory}`,
  cause: source.cause === null || source.cause.trim() === '' ? null : source.cause.trim(),
  fix: source.fix.text,
  fixedBy: source.fix.by,
  fixedAt: localDateTime(source.fix.at, source.timezone),
  steps: [...source.steps]
    .sort((a, b) => a.at - b.at)
    .map((s) => ({
      at: localDateTime(s.at, source.timezone),
      by: s.by,
      action: s.action,
      tool: s.tool === null ? null : s.sessionId === null ? s.tool : `${s.tool} (${HEADINGS[source.locale].session} ${s.sessionId})`,
      result: s.result,
    })),
  request: { key: source.issueKey, serviceNumber: source.serviceNumber, url: source.issueUrl },
});

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Paragraphs of user text: each line its own paragraph, so nothing in the text can open an element. */
const xmlParagraphs = (text: string): string =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${xml(line)}</p>`)
    .join('');

const safeHttpUrl = (url: string | null): string | null => (url !== null && /^https?:\/\//i.test(url) ? url : null);

/** Confluence storage format (XHTML): the body of `POST /wiki/api/v2/pages` with `representation: storage`. */
export const renderStorage = (article: KnowledgeArticle): string => {
  const h = HEADINGS[article.locale];
  const steps =
    article.steps.length === 0
      ? `<p>${xml(h.noSteps)}</p>`
      : `<ol>${article.steps
          .map((s) => {
            const detail = [s.tool, s.result === null ? null : `${h.result}: ${s.result}`].filter((d): d is string => d !== null);
            return `<li><p>${xml(`${s.at} ${s.by}: ${s.action}`)}</p>${detail.map((d) => `<p>${xml(d)}</p>`).join('')}</li>`;
          })
          .join('')}</ol>`;
  const url = safeHttpUrl(article.request.url);
  const requestLabel = xml(`${article.request.serviceNumber} (${article.request.key})`);
  return [
    `<h2>${xml(h.problem)}</h2>${xmlParagraphs(article.problem)}`,
    `<h2>${xml(h.category)}</h2><p>${xml(article.category)}</p>`,
    `<h2>${xml(h.cause)}</h2>${article.cause === null ? `<p>${xml(h.noCause)}</p>` : xmlParagraphs(article.cause)}`,
    `<h2>${xml(h.fix)}</h2>${xmlParagraphs(article.fix)}<p><em>${xml(h.fixedBy(article.fixedBy, article.fixedAt))}</em></p>`,
    `<h2>${xml(h.steps)}</h2>${steps}`,
    // The Jira issue macro shows the request live (status, summary) on a site where Jira and Confluence are linked.
    `<h2>${xml(h.request)}</h2><p>${url === null ? requestLabel : `<a href="${xml(url)}">${requestLabel}</a>`}</p>` +
      `<p><ac:structured-macro ac:name="jira"><ac:parameter ac:name="key">${xml(article.request.key)}</ac:parameter></ac:structured-macro></p>`,
  ].join('');
};

/** Markdown text: every character Markdown or inline HTML would interpret is backslash-escaped. */
const md = (text: string): string => text.replace(/[\\`*_{}[\]()#+\-.!|<>&~"']/g, (c) => `\\${c}`);
const mdLines = (text: string): string =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(md)
    .join('\n\n');

/** The article as Markdown, for a desk with no Confluence space: a file the agent downloads. */
export const renderMarkdown = (article: KnowledgeArticle): string => {
  const h = HEADINGS[article.locale];
  const steps =
    article.steps.length === 0
      ? md(h.noSteps)
      : article.steps
          .map((s, i) => {
            const detail = [s.tool, s.result === null ? null : `${h.result}: ${s.result}`].filter((d): d is string => d !== null);
            return [`${i + 1}\\. ${md(`${s.at} ${s.by}: ${s.action}`.replace(/\s+/g, ' '))}`, ...detail.map((d) => `   ${md(d.replace(/\s+/g, ' '))}`)].join('  \n');
          })
          .join('\n');
  const url = safeHttpUrl(article.request.url);
  const requestLabel = md(`${article.request.serviceNumber} (${article.request.key})`);
  return [
    `# ${md(article.title.replace(/\s+/g, ' '))}`,
    `## ${md(h.problem)}`,
    mdLines(article.problem),
    `## ${md(h.category)}`,
    md(article.category),
    `## ${md(h.cause)}`,
    article.cause === null ? md(h.noCause) : mdLines(article.cause),
    `## ${md(h.fix)}`,
    mdLines(article.fix),
    `*${md(h.fixedBy(article.fixedBy, article.fixedAt))}*`,
    `## ${md(h.steps)}`,
    steps,
    `## ${md(h.request)}`,
    url === null ? requestLabel : `[${requestLabel}](<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>)`,
    '',
  ].join('\n\n');
};
