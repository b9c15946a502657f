/**
 * A small subset of Jira expressions, enough for trigger `filter.expression`: literals (strings, numbers, true,
 * false, null), member access with `.` and `?.`, comparisons (== != < <= > >=), `!`, `&&`, `||` and parentheses.
 * Anything else fails to parse, loudly, naming the unsupported part.
 */
type Node =
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'path'; readonly root: string; readonly steps: readonly { readonly name: string; readonly optional: boolean }[] }
  | { readonly kind: 'not'; readonly operand: Node }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node };

export class JiraExpressionError extends Error {
  override readonly name = 'JiraExpressionError';
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|([A-Za-z_$][\w$]*)|(\?\.|==|!=|<=|>=|&&|\|\||[.<>!()]))/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new JiraExpressionError(`Unsupported Jira expression syntax at '${source.slice(at).trim()}'.`);
    tokens.push(match[0].trim());
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: readonly string[]) {}

  parse(): Node {
    const node = this.or();
    if (this.position < this.tokens.length) throw new JiraExpressionError(`Unsupported Jira expression syntax at '${this.tokens.slice(this.position).join(' ')}'.`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private next(): string {
    const token = this.tokens[this.position++];
    if (token === undefined) throw new JiraExpressionError('Unexpected end of Jira expression.');
    return token;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === '||') {
      this.next();
      left = { kind: 'binary', op: '||', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.unary();
    while (this.peek() === '&&') {
      this.next();
      left = { kind: 'binary', op: '&&', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.peek() === '!') {
      this.next();
      return { kind: 'not', operand: this.unary() };
    }
    const left = this.primary();
    const op = this.peek();
    if (op !== undefined && ['==', '!=', '<', '<=', '>', '>='].includes(op)) {
      this.next();
      return { kind: 'binary', op, left, right: this.primary() };
    }
    return left;
  }

  private primary(): Node {
    const token = this.next();
    if (token === '(') {
      const inner = this.or();
      if (this.next() !== ')') throw new JiraExpressionError('Missing ) in Jira expression.');
      return inner;
    }
    if (/^\d/.test(token)) return { kind: 'literal', value: Number(token) };
    if (token.startsWith("'") || token.startsWith('"')) return { kind: 'literal', value: token.slice(1, -1).replace(/\\(.)/g, '$1') };
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
    if (token === 'null') return { kind: 'literal', value: null };
    if (!/^[A-Za-z_$]/.test(token)) throw new JiraExpressionError(`Unsupported Jira expression token '${token}'.`);
    const steps: { name: string; optional: boolean }[] = [];
    while (this.peek() === '.' || this.peek() === '?.') {
      const optional = this.next() === '?.';
      const name = this.next();
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new JiraExpressionError(`Unsupported member '${name}' in Jira expression.`);
      if (this.peek() === '(') throw new JiraExpressionError(`Method calls (${name}(…)) are not supported by the sandbox's Jira expression subset.`);
      steps.push({ name, optional });
    }
    return { kind: 'path', root: token, steps };
  }
}

function member(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const found: unknown = Reflect.get(value, name);
  return found;
}

function evaluate(node: Node, scope: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'not':
      return !truthy(evaluate(node.operand, scope));
    case 'path': {
      if (!(node.root in scope)) throw new JiraExpressionError(`Unknown variable '${node.root}' in Jira expression.`);
      let value: unknown = scope[node.root];
      for (const step of node.steps) {
        if (value === null || value === undefined) {
          if (step.optional) return null;
          throw new JiraExpressionError(`Cannot read '${step.name}' of null in Jira expression.`);
        }
        value = member(value, step.name) ?? null;
      }
      return value;
    }
    case 'binary': {
      if (node.op === '&&') return truthy(evaluate(node.left, scope)) && truthy(evaluate(node.right, scope));
      if (node.op === '||') return truthy(evaluate(node.left, scope)) || truthy(evaluate(node.right, scope));
      const left = evaluate(node.left, scope);
      const right = evaluate(node.right, scope);
      if (node.op === '==') return left === right;
      if (node.op === '!=') return left !== right;
      const order = ordering(left, right);
      if (order === undefined) return false;
      if (node.op === '<') return order < 0;
      if (node.op === '<=') return order <= 0;
      if (node.op === '>') return order > 0;
      return order >= 0;
    }
  }
}

function ordering(left: unknown, right: unknown): number | undefined {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  return undefined;
}

function truthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false && value !== 0 && value !== '';
}

export interface CompiledExpression {
  readonly source: string;
  test(scope: Readonly<Record<string, unknown>>): boolean;
}

export function compileJiraExpression(source: string): CompiledExpression {
  const ast = new Parser(tokenize(source)).parse();
  return { source, test: (scope) => truthy(evaluate(ast, scope)) };
}
