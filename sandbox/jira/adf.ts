/** Minimal Atlassian Document Format conversions: the JSM API speaks plain text, the platform API speaks ADF. */

export interface AdfDoc {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly unknown[];
}

export const textToAdf = (text: string): AdfDoc => ({
  type: 'doc',
  version: 1,
  content: text.split(/\n{2,}/).map((para) => ({
    type: 'paragraph',
    content: para.length === 0 ? [] : [{ type: 'text', text: para }],
  })),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isAdfDoc = (v: unknown): v is AdfDoc => isRecord(v) && v.type === 'doc' && Array.isArray(v.content);

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote', 'rule']);

/** Plain text of an ADF node tree: text nodes joined, blocks separated by blank lines. */
export const adfToText = (node: unknown): string => {
  if (!isRecord(node)) return '';
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention' && isRecord(node.attrs) && typeof node.attrs.text === 'string') return node.attrs.text;
  const children = Array.isArray(node.content) ? node.content : [];
  const parts = children.map(adfToText);
  const joined = parts.join(children.some((c) => isRecord(c) && typeof c.type === 'string' && BLOCKS.has(c.type)) ? '\n\n' : '');
  return joined;
};

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
