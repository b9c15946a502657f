import { JqlError } from './ast';

export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly text: string; readonly pos: number }
  | { readonly kind: 'op'; readonly text: '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~'; readonly pos: number }
  | { readonly kind: 'lparen' | 'rparen' | 'comma'; readonly text: string; readonly pos: number };

const DELIMITERS = new Set([' ', '\t', '\n', '\r', '(', ')', ',', '=', '!', '<', '>', '~', '"', "'"]);

const readQuoted = (input: string, start: number): { text: string; end: number } => {
  const quote = input[start];
  let text = '';
  let i = start + 1;
  while (i < input.length) {
    const c = input[i];
    if (c === '\\' && i + 1 < input.length) {
      text += input[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === quote) return { text, end: i + 1 };
    text += c ?? '';
    i += 1;
  }
  throw new JqlError(`Error in the JQL Query: the quoted string starting at character ${start + 1} is not terminated.`);
};

export const tokenize = (input: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? '';
    const next = input[i + 1];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', text: c, pos: i });
      i += 1;
    } else if (c === '"' || c === "'") {
      const { text, end } = readQuoted(input, i);
      tokens.push({ kind: 'string', text, pos: i });
      i = end;
    } else if (c === '!' || c === '<' || c === '>') {
      if (next === '=') {
        tokens.push({ kind: 'op', text: c === '!' ? '!=' : c === '<' ? '<=' : '>=', pos: i });
        i += 2;
      } else if (c === '!' && next === '~') {
        tokens.push({ kind: 'op', text: '!~', pos: i });
        i += 2;
      } else if (c === '!') {
        throw new JqlError(`Error in the JQL Query: the character '!' at position ${i + 1} is not supported here.`);
      } else {
        tokens.push({ kind: 'op', text: c === '<' ? '<' : '>', pos: i });
        i += 1;
      }
    } else if (c === '=' || c === '~') {
      tokens.push({ kind: 'op', text: c, pos: i });
      i += 1;
    } else {
      let j = i;
      let depth = 0;
      // Brackets belong to the word so that `issue.property[ts.meta].path` stays one token.
      while (j < input.length && (depth > 0 || !DELIMITERS.has(input[j] ?? ''))) {
        if (input[j] === '[') depth += 1;
        if (input[j] === ']') depth -= 1;
        j += 1;
      }
      tokens.push({ kind: 'word', text: input.slice(i, j), pos: i });
      i = j;
    }
  }
  return tokens;
};
