import { findAccount, findAccountByEmail } from '../accounts';
import { ISSUE_TYPES, PROJECT, STATUSES, STATUS_CATEGORIES, findIssueType, findPriority, findStatus } from '../catalog';
import { parseJqlDate, parseRelativeDate } from '../jira-time';
import { findIndexedPath, parseDateValue, type IndexedPath, type PropertyIndexCatalog } from '../property-index';
import { JqlError, type Clause, type Expr, type FieldRef, type Operand, type Query } from './ast';

/** Turns a parsed JQL query into a parameterised SQLite WHERE / ORDER BY over the emulator's tables (alias `i`). */

export interface CompileContext {
  readonly now: number;
  /** The searcher, for `currentUser()`; undefined for the app and anonymous callers. */
  readonly currentAccountId: string | undefined;
  /** Zone in which wall-clock dates like `2026-01-15` are read. */
  readonly timeZone: string;
  readonly properties: PropertyIndexCatalog;
}

export interface CompiledQuery {
  readonly where: string;
  readonly orderBy: string;
  readonly params: readonly (string | number)[];
}

type Param = string | number;

interface Sql {
  readonly sql: string;
  readonly params: readonly Param[];
}

const sql = (text: string, ...params: Param[]): Sql => ({ sql: text, params });
const TRUE = sql('1');
const FALSE = sql('0');

const fieldLabel = (f: FieldRef): string => (f.kind === 'field' ? f.name : `issue.property[${f.propertyKey}].${f.path}`);

const noSuchValue = (value: string, field: string): JqlError =>
  new JqlError(`The value '${value}' does not exist for the field '${field}'.`);

const unsupportedOperator = (c: Clause): JqlError =>
  new JqlError(`The operator '${c.operator.toUpperCase()}' is not supported by the field '${fieldLabel(c.field)}' in the sandbox.`);

/** Flattens an operand into its scalar items; functions are evaluated by `scalar`. */
const items = (operand: Operand): Operand[] => (operand.kind === 'list' ? operand.items.flatMap(items) : [operand]);

/** Never NULL even over an empty column, so that NOT is a true complement (SQL's NULL would drop the row). */
const inList = (column: string, values: readonly Param[]): Sql =>
  values.length === 0 ? FALSE : sql(`(${column} IS NOT NULL AND ${column} IN (${values.map(() => '?').join(', ')}))`, ...values);

/** `=`/`!=`/`IN`/`NOT IN`/`IS [NOT] EMPTY` over a nullable column whose values resolve through `resolve`. */
const equality = (c: Clause, column: string, resolve: (o: Operand) => Param[]): Sql => {
  switch (c.operator) {
    case '=':
    case 'in':
      return inList(column, items(c.operand).flatMap(resolve));
    case '!=':
    case 'not in': {
      const positive = inList(column, items(c.operand).flatMap(resolve));
      return sql(`(${column} IS NOT NULL AND NOT (${positive.sql}))`, ...positive.params);
    }
    case 'is':
      return sql(`${column} IS NULL`);
    case 'is not':
      return sql(`${column} IS NOT NULL`);
    default:
      throw unsupportedOperator(c);
  }
};

const COMPARATORS: Readonly<Record<string, string>> = { '=': '=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/** Range-capable comparison of a numeric column (dates as epoch ms). */
const ordered = (c: Clause, column: string, resolve: (o: Operand) => number): Sql => {
  const cmp = COMPARATORS[c.operator];
  if (cmp !== undefined && c.operand.kind !== 'list' && c.operand.kind !== 'empty') {
    return sql(`(${column} IS NOT NULL AND ${column} ${cmp} ?)`, resolve(c.operand));
  }
  return equality(c, column, (o) => [resolve(o)]);
};

class Compiler {
  constructor(private readonly ctx: CompileContext) {}

  compile(query: Query): CompiledQuery {
    const where = query.where === undefined ? TRUE : this.expr(query.where);
    const sortKeys = query.orderBy.map((k) => `${this.sortExpression(k.field)} ${k.direction}`);
    const tiebreak = query.orderBy.length > 0 && query.orderBy[query.orderBy.length - 1]?.direction === 'ASC' ? 'i.id ASC' : 'i.id DESC';
    return { where: where.sql, params: where.params, orderBy: [...sortKeys, tiebreak].join(', ') };
  }

  private expr(e: Expr): Sql {
    switch (e.kind) {
      case 'and':
      case 'or': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        return sql(`(${l.sql} ${e.kind === 'and' ? 'AND' : 'OR'} ${r.sql})`, ...l.params, ...r.params);
      }
      case 'not': {
        const inner = this.expr(e.expr);
        return sql(`(NOT ${inner.sql})`, ...inner.params);
      }
      case 'clause':
        // Every clause compiles to a two-valued condition (never NULL), and stays sargable for the indexes.
        return this.clause(e);
    }
  }

  private text(o: Operand, field: string): string {
    if (o.kind === 'value') return o.text;
    if (o.kind === 'function') throw new JqlError(`The function '${o.name}()' is not supported for the field '${field}' in the sandbox.`);
    throw new JqlError(`A single value is expected for the field '${field}'.`);
  }

  private user(o: Operand, field: string): string {
    if (o.kind === 'function') {
      if (o.name.toLowerCase() !== 'currentuser') throw new JqlError(`The function '${o.name}()' is not supported by the sandbox; supported: currentUser(), now().`);
      if (this.ctx.currentAccountId === undefined) throw new JqlError("The function 'currentUser()' needs a signed-in user.");
      return this.ctx.currentAccountId;
    }
    const v = this.text(o, field);
    const account = findAccount(v) ?? findAccountByEmail(v);
    if (account === undefined) throw noSuchValue(v, field);
    return account.accountId;
  }

  private date(o: Operand, field: string): number {
    if (o.kind === 'function') {
      if (o.name.toLowerCase() !== 'now') throw new JqlError(`The function '${o.name}()' is not supported by the sandbox; supported: currentUser(), now().`);
      return this.ctx.now;
    }
    const v = this.text(o, field);
    const ms = parseRelativeDate(v, this.ctx.now) ?? parseJqlDate(v, this.ctx.timeZone) ?? (/^\d{4}-\d\d-\d\dT/.test(v) ? parseDateValue(v) ?? undefined : undefined);
    if (ms === undefined) {
      throw new JqlError(`Date value '${v}' for field '${field}' is invalid. Valid formats: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period such as '-5d', '4w 2d'.`);
    }
    return ms;
  }

  private issueId(o: Operand, field: string): number {
    const v = this.text(o, field);
    if (/^\d+$/.test(v)) return Number(v);
    const m = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(v);
    if (m === null || (m[1] ?? '').toUpperCase() !== PROJECT.key) throw new JqlError(`An issue with key '${v}' does not exist for field '${field}'.`);
    // Issue ids are handed out in creation order starting at 10000 + number.
    return 10000 + Number(m[2]);
  }

  private clause(c: Clause): Sql {
    if (c.field.kind === 'property') {
      const indexed = findIndexedPath(this.ctx.properties, c.field.propertyKey, c.field.path);
      if (indexed === undefined) {
        throw new JqlError(`The property '${fieldLabel(c.field)}' is not indexed: declare it in a jira:entityProperty module to search it.`);
      }
      return this.property(c, indexed);
    }
    const name = c.field.name.toLowerCase();
    const alias = this.ctx.properties.aliases.get(name);
    if (alias !== undefined) return this.property(c, alias);
    switch (name) {
      case 'project':
        return this.project(c);
      case 'status':
        return equality(c, 'i.status_id', (o) => {
          const s = findStatus(this.text(o, 'status'));
          if (s === undefined) throw noSuchValue(this.text(o, 'status'), 'status');
          return [s.id];
        });
      case 'statuscategory':
        return equality(c, 'i.status_id', (o) => {
          const v = this.text(o, 'statusCategory').toLowerCase();
          const cat = STATUS_CATEGORIES.find((x) => x.key === v || x.name.toLowerCase() === v || String(x.id) === v);
          if (cat === undefined) throw noSuchValue(this.text(o, 'statusCategory'), 'statusCategory');
          return STATUSES.filter((s) => s.categoryKey === cat.key).map((s) => s.id);
        });
      case 'issuetype':
      case 'type':
        return equality(c, 'i.issuetype_id', (o) => {
          const t = findIssueType(this.text(o, 'issuetype'));
          if (t === undefined) throw noSuchValue(this.text(o, 'issuetype'), 'issuetype');
          return [t.id];
        });
      case 'priority':
        // Higher priority has a lower rank, so `priority > High` means rank < 2.
        return ordered({ ...c, operator: flipRange(c.operator) }, 'i.priority_rank', (o) => {
          const p = findPriority(this.text(o, 'priority'));
          if (p === undefined) throw noSuchValue(this.text(o, 'priority'), 'priority');
          return p.rank;
        });
      case 'assignee':
      case 'reporter':
      case 'creator':
        return equality(c, `i.${name}`, (o) => [this.user(o, name)]);
      case 'created':
      case 'createddate':
        return ordered(c, 'i.created', (o) => this.date(o, 'created'));
      case 'updated':
      case 'updateddate':
        return ordered(c, 'i.updated', (o) => this.date(o, 'updated'));
      case 'resolved':
      case 'resolutiondate':
        return ordered(c, 'i.resolution_date', (o) => this.date(o, 'resolved'));
      case 'resolution':
        return this.resolution(c);
      case 'key':
      case 'issuekey':
      case 'id':
        return ordered(c, 'i.id', (o) => this.issueId(o, name));
      case 'summary':
        if (c.operator !== '~') throw unsupportedOperator(c);
        return sql("i.summary LIKE ? ESCAPE '\\'", `%${escapeLike(this.text(c.operand, 'summary'))}%`);
      case 'labels':
        return this.labels(c);
      default:
        throw new JqlError(`Field '${c.field.name}' does not exist or is not supported by the sandbox JQL subset.`);
    }
  }

  private project(c: Clause): Sql {
    const matches = (o: Operand): boolean => {
      const v = this.text(o, 'project');
      const ok = [PROJECT.key.toLowerCase(), PROJECT.id, PROJECT.name.toLowerCase()].includes(v.toLowerCase());
      if (!ok) throw noSuchValue(v, 'project');
      return true;
    };
    switch (c.operator) {
      case '=':
      case 'in':
        return items(c.operand).filter(matches).length > 0 ? TRUE : FALSE;
      case '!=':
      case 'not in':
        return items(c.operand).filter(matches).length > 0 ? FALSE : TRUE;
      case 'is':
        return FALSE;
      case 'is not':
        return TRUE;
      default:
        throw unsupportedOperator(c);
    }
  }

  private resolution(c: Clause): Sql {
    const done = (o: Operand): boolean => {
      const v = this.text(o, 'resolution').toLowerCase();
      if (v === 'unresolved') return false;
      if (v === 'done' || v === '10000') return true;
      throw noSuchValue(this.text(o, 'resolution'), 'resolution');
    };
    const clauseFor = (isDone: boolean): string => (isDone ? 'i.resolution_date IS NOT NULL' : 'i.resolution_date IS NULL');
    switch (c.operator) {
      case '=':
      case 'in':
        return sql(`(${items(c.operand).map((o) => clauseFor(done(o))).join(' OR ')})`);
      case '!=':
      case 'not in':
        return sql(`NOT (${items(c.operand).map((o) => clauseFor(done(o))).join(' OR ')})`);
      case 'is':
        return sql(clauseFor(false));
      case 'is not':
        return sql(clauseFor(true));
      default:
        throw unsupportedOperator(c);
    }
  }

  private labels(c: Clause): Sql {
    const has = (values: readonly string[]): Sql =>
      sql(`EXISTS (SELECT 1 FROM json_each(i.labels) WHERE json_each.value IN (${values.map(() => '?').join(', ')}))`, ...values);
    const values = (): string[] => items(c.operand).map((o) => this.text(o, 'labels'));
    switch (c.operator) {
      case '=':
      case 'in':
        return has(values());
      case '!=':
      case 'not in': {
        const h = has(values());
        return sql(`(json_array_length(i.labels) > 0 AND NOT ${h.sql})`, ...h.params);
      }
      case 'is':
        return sql('json_array_length(i.labels) = 0');
      case 'is not':
        return sql('json_array_length(i.labels) > 0');
      default:
        throw unsupportedOperator(c);
    }
  }

  private property(c: Clause, p: IndexedPath): Sql {
    const column = p.type === 'number' || p.type === 'date' ? 'num' : 'str';
    const label = fieldLabel(c.field);
    const scope = 'SELECT issue_id FROM property_values WHERE property_key = ? AND path = ?';
    const within = (cond: string, ...params: Param[]): Sql => sql(`i.id IN (${scope} AND ${cond})`, p.propertyKey, p.path, ...params);
    const anyValue = within(`${column} IS NOT NULL`);
    const value = (o: Operand): Param => {
      switch (p.type) {
        case 'number': {
          const n = Number(this.text(o, label));
          if (!Number.isFinite(n)) throw new JqlError(`The value '${this.text(o, label)}' is not a number for the field '${label}'.`);
          return n;
        }
        case 'date':
          return this.date(o, label);
        case 'user':
          return this.user(o, label);
        case 'string':
          return this.text(o, label);
        case 'text':
          return this.text(o, label).toLowerCase();
      }
    };
    if (c.operator === 'is') return sql(`NOT (${anyValue.sql})`, ...anyValue.params);
    if (c.operator === 'is not') return anyValue;
    if (p.type === 'text') {
      if (c.operator !== '~') throw unsupportedOperator(c);
      return within("str LIKE ? ESCAPE '\\'", `%${escapeLike(String(value(c.operand)))}%`);
    }
    if (c.operator === '~') throw unsupportedOperator(c);
    const values = items(c.operand).map(value);
    const positive = within(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
    switch (c.operator) {
      case '=':
      case 'in':
        return positive;
      case '!=':
      case 'not in':
        return sql(`(${anyValue.sql} AND NOT ${positive.sql})`, ...anyValue.params, ...positive.params);
      default: {
        if (p.type === 'string' || p.type === 'user') throw unsupportedOperator(c);
        const cmp = COMPARATORS[c.operator] ?? '=';
        return within(`${column} ${cmp} ?`, value(c.operand));
      }
    }
  }

  private sortExpression(f: FieldRef): string {
    const indexed = f.kind === 'property' ? findIndexedPath(this.ctx.properties, f.propertyKey, f.path) : this.ctx.properties.aliases.get(f.name.toLowerCase());
    if (indexed !== undefined) {
      const column = indexed.type === 'number' || indexed.type === 'date' ? 'num' : 'str';
      return `(SELECT MIN(${column}) FROM property_values pv INDEXED BY property_values_entry WHERE pv.issue_id = i.id AND pv.property_key = ${quote(indexed.propertyKey)} AND pv.path = ${quote(indexed.path)})`;
    }
    if (f.kind === 'property') throw new JqlError(`The property '${fieldLabel(f)}' is not indexed and cannot be used in ORDER BY.`);
    switch (f.name.toLowerCase()) {
      case 'key':
      case 'issuekey':
      case 'id':
        return 'i.id';
      case 'created':
      case 'createddate':
        return 'i.created';
      case 'updated':
      case 'updateddate':
        return 'i.updated';
      case 'resolved':
      case 'resolutiondate':
        return 'i.resolution_date';
      case 'priority':
        return '(-i.priority_rank)';
      case 'status':
        return `(CASE i.status_id ${STATUSES.map((s, n) => `WHEN ${quote(s.id)} THEN ${n}`).join(' ')} END)`;
      case 'issuetype':
      case 'type':
        return `(CASE i.issuetype_id ${ISSUE_TYPES.map((t, n) => `WHEN ${quote(t.id)} THEN ${n}`).join(' ')} END)`;
      case 'assignee':
      case 'reporter':
      case 'creator':
        return `i.${f.name.toLowerCase()}`;
      case 'summary':
        return 'i.summary';
      case 'project':
        return "'ITS'";
      default:
        throw new JqlError(`Field '${f.name}' does not exist or cannot be used in ORDER BY in the sandbox JQL subset.`);
    }
  }
}

const flipRange = (op: Clause['operator']): Clause['operator'] =>
  op === '<' ? '>' : op === '>' ? '<' : op === '<=' ? '>=' : op === '>=' ? '<=' : op;

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Only catalog constants reach this: never user input. */
const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export const compileJql = (query: Query, ctx: CompileContext): CompiledQuery => new Compiler(ctx).compile(query);

