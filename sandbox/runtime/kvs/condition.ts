import { z } from 'zod';

export const ConditionSchema = z.object({
  property: z.string(),
  condition: z.enum([
    'BEGINS_WITH',
    'BETWEEN',
    'CONTAINS',
    'NOT_CONTAINS',
    'EQUAL_TO',
    'NOT_EQUAL_TO',
    'EXISTS',
    'NOT_EXISTS',
    'GREATER_THAN',
    'GREATER_THAN_EQUAL_TO',
    'LESS_THAN',
    'LESS_THAN_EQUAL_TO',
  ]),
  values: z.array(z.unknown()),
});
export type Condition = z.infer<typeof ConditionSchema>;

export const ConditionGroupSchema = z.object({ and: z.array(ConditionSchema).optional(), or: z.array(ConditionSchema).optional() });
export type ConditionGroup = z.infer<typeof ConditionGroupSchema>;

type Comparable = string | number | boolean;

function isComparable(value: unknown): value is Comparable {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Orders two values of the same primitive type; values of different types do not compare. */
export function compare(a: unknown, b: unknown): number | undefined {
  if (!isComparable(a) || !isComparable(b) || typeof a !== typeof b) return undefined;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function matchesCondition(actual: unknown, condition: Condition['condition'], values: readonly unknown[]): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined && actual !== null;
    case 'NOT_EXISTS':
      return actual === undefined || actual === null;
    case 'EQUAL_TO':
      return compare(actual, first) === 0;
    case 'NOT_EQUAL_TO':
      return compare(actual, first) !== 0;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return (typeof actual === 'string' && typeof first === 'string' && actual.includes(first)) || (Array.isArray(actual) && actual.includes(first));
    case 'NOT_CONTAINS':
      return !matchesCondition(actual, 'CONTAINS', values);
    case 'BETWEEN': {
      const low = compare(actual, first);
      const high = compare(actual, second);
      return low !== undefined && high !== undefined && low >= 0 && high <= 0;
    }
    case 'GREATER_THAN':
      return (compare(actual, first) ?? -1) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return (compare(actual, first) ?? -1) >= 0;
    case 'LESS_THAN':
      return (compare(actual, first) ?? 1) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return (compare(actual, first) ?? 1) <= 0;
  }
}

function attribute(value: unknown, property: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const found: unknown = Reflect.get(value, property);
  return found;
}

/** Evaluates an `{and|or: [...]}` group against an entity value (an absent entity is an empty object). */
export function matchesGroup(value: unknown, group: ConditionGroup): boolean {
  const test = (c: Condition): boolean => matchesCondition(attribute(value, c.property), c.condition, c.values);
  const andOk = group.and ? group.and.every(test) : true;
  const orOk = group.or ? group.or.some(test) : true;
  return andOk && orOk;
}
