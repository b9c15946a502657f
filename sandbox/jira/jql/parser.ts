import { JqlError, type Expr, type FieldRef, type Operand, type Operator, type Query, type SortKey } from './ast';
import { tokenize, type Token } from './lexer';

const UNSUPPORTED_KEYWORDS = new Set(['was', 'changed']);
const RESERVED = new Set(['and', 'or', 'not', 'in', 'is', 'order', 'by', 'empty', 'null', 'asc', 'desc', 'was', 'changed']);

const PROPERTY_FIELD = /^issue\.property\[([^\]]+)\]\.(.+)$/i;

const describe = (t: Token | undefined): string => (t === undefined ? 'the end of the query' : `'${t.text}' (position ${t.pos + 1})`);

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Query {
    let where: Expr | undefined;
    if (!this.atEnd() && !this.isKeyword('order')) where = this.parseOr();
    const orderBy = this.isKeyword('order') ? this.parseOrderBy() : [];
    if (!this.atEnd()) throw new JqlError(`Error in the JQL Query: expecting AND, OR or ORDER BY but got ${describe(this.peek())}.`);
    return { where, orderBy };
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  private atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  private take(): Token {
    const t = this.tokens[this.index];
    if (t === undefined) throw new JqlError('Error in the JQL Query: the query ended unexpectedly.');
    this.index += 1;
    return t;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'word' && t.text.toLowerCase() === word;
  }

  private expectKeyword(word: string): void {
    if (!this.isKeyword(word)) throw new JqlError(`Error in the JQL Query: expecting '${word.toUpperCase()}' but got ${describe(this.peek())}.`);
    this.index += 1;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.isKeyword('and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.isKeyword('not')) {
      this.index += 1;
      return { kind: 'not', expr: this.parseNot() };
    }
    if (this.peek()?.kind === 'lparen') {
      this.index += 1;
      const inner = this.parseOr();
      if (this.peek()?.kind !== 'rparen') throw new JqlError(`Error in the JQL Query: expecting ')' but got ${describe(this.peek())}.`);
      this.index += 1;
      return inner;
    }
    return this.parseClause();
  }

  private parseField(): FieldRef {
    const t = this.take();
    if (t.kind !== 'word' && t.kind !== 'string') throw new JqlError(`Error in the JQL Query: expecting a field name but got ${describe(t)}.`);
    if (t.kind === 'word' && RESERVED.has(t.text.toLowerCase())) {
      throw new JqlError(`Error in the JQL Query: expecting a field name but got the reserved word ${describe(t)}.`);
    }
    const m = PROPERTY_FIELD.exec(t.text);
    if (m !== null) return { kind: 'property', propertyKey: m[1] ?? '', path: m[2] ?? '' };
    return { kind: 'field', name: t.text };
  }

  private parseOperator(): Operator {
    const t = this.take();
    if (t.kind === 'op') {
      if (t.text === '!~') throw new JqlError("Error in the JQL Query: the operator '!~' is not supported by the sandbox.");
      return t.text;
    }
    if (t.kind === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'in') return 'in';
      if (w === 'not' && this.isKeyword('in')) {
        this.index += 1;
        return 'not in';
      }
      if (w === 'is') {
        if (this.isKeyword('not')) {
          this.index += 1;
          return 'is not';
        }
        return 'is';
      }
      if (UNSUPPORTED_KEYWORDS.has(w)) throw new JqlError(`Error in the JQL Query: the operator '${t.text.toUpperCase()}' is not supported by the sandbox.`);
    }
    throw new JqlError(`Error in the JQL Query: expecting an operator but got ${describe(t)}.`);
  }

  private parseOperand(): Operand {
    const t = this.peek();
    if (t?.kind === 'lparen') {
      this.index += 1;
      const items: Operand[] = [this.parseOperand()];
      while (this.peek()?.kind === 'comma') {
        this.index += 1;
        items.push(this.parseOperand());
      }
      if (this.peek()?.kind !== 'rparen') throw new JqlError(`Error in the JQL Query: expecting ',' or ')' but got ${describe(this.peek())}.`);
      this.index += 1;
      return { kind: 'list', items };
    }
    const v = this.take();
    if (v.kind === 'string') return { kind: 'value', text: v.text };
    if (v.kind !== 'word') throw new JqlError(`Error in the JQL Query: expecting a value but got ${describe(v)}.`);
    const lower = v.text.toLowerCase();
    if (lower === 'empty' || lower === 'null') return { kind: 'empty' };
    if (this.peek()?.kind === 'lparen') {
      this.index += 1;
      const args: string[] = [];
      while (this.peek()?.kind !== 'rparen') {
        const a = this.take();
        if (a.kind !== 'word' && a.kind !== 'string') throw new JqlError(`Error in the JQL Query: bad argument ${describe(a)} to ${v.text}().`);
        args.push(a.text);
        if (this.peek()?.kind === 'comma') this.index += 1;
      }
      this.index += 1;
      return { kind: 'function', name: v.text, args };
    }
    return { kind: 'value', text: v.text };
  }

  private parseClause(): Expr {
    const field = this.parseField();
    const operator = this.parseOperator();
    const operand = this.parseOperand();
    if ((operator === 'in' || operator === 'not in') && operand.kind !== 'list') {
      throw new JqlError(`Error in the JQL Query: the operator '${operator.toUpperCase()}' needs a list of values in parentheses.`);
    }
    if ((operator === 'is' || operator === 'is not') && operand.kind !== 'empty') {
      throw new JqlError(`Error in the JQL Query: the operator '${operator.toUpperCase()}' only supports EMPTY or NULL.`);
    }
    return { kind: 'clause', field, operator, operand };
  }

  private parseOrderBy(): SortKey[] {
    this.expectKeyword('order');
    this.expectKeyword('by');
    const keys: SortKey[] = [];
    do {
      if (keys.length > 0) this.index += 1;
      const field = this.parseField();
      let direction: SortKey['direction'] = 'ASC';
      if (this.isKeyword('asc') || this.isKeyword('desc')) direction = this.take().text.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
      keys.push({ field, direction });
    } while (this.peek()?.kind === 'comma');
    return keys;
  }
}

export const parseJql = (jql: string): Query => new Parser(tokenize(jql)).parse();
