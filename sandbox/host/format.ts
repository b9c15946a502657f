import type { Lang } from './i18n';

/** Shown in the viewer's profile zone, as Jira does. */
export function formatInstant(iso: string | undefined, lang: Lang, timeZone = 'Asia/Shanghai'): string {
  if (iso === undefined) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(ms);
}

/** Plain text of an Atlassian Document Format node (descriptions and comments in REST v3), or of a string. */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const parts: string[] = [];
  if ('text' in node && typeof node.text === 'string') parts.push(node.text);
  if ('content' in node && Array.isArray(node.content)) {
    const blockish = 'type' in node && (node.type === 'doc' || node.type === 'bulletList' || node.type === 'orderedList');
    parts.push(node.content.map(adfToText).join(blockish ? '\n' : ''));
  }
  if ('type' in node && node.type === 'hardBreak') parts.push('\n');
  return parts.join('');
}

/** Lozenge colour class from a Jira status category key (new / indeterminate / done). */
export function lozengeClass(categoryKey: string | undefined): string {
  return categoryKey === 'done' || categoryKey === 'new' || categoryKey === 'indeterminate' ? categoryKey : '';
}
