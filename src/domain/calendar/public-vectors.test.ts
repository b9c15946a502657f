import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compileCalendar } from './compile-calendar';

const InstantSchema = z.iso.datetime({ offset: true }).transform((value) => Date.parse(value));
const ErrorExpectSchema = z.object({ error: z.literal('invalid-calendar') });
const VectorSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('due'),
    calendar: z.unknown(),
    start: InstantSchema,
    minutes: z.number().int().nonnegative(),
    expect: z.union([InstantSchema, ErrorExpectSchema]),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('elapsed'),
    calendar: z.unknown(),
    from: InstantSchema,
    to: InstantSchema,
    expect: z.union([z.number().int(), ErrorExpectSchema]),
  }),
]);

const lines = readFileSync(join(__dirname, '../../../test/fixtures/sla-vectors.public.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const calendarVectors = lines
  .map((line): unknown => JSON.parse(line))
  .filter((vector) => z.object({ kind: z.enum(['due', 'elapsed']) }).safeParse(vector).success)
  .map((vector) => VectorSchema.parse(vector));

describe('public SLA vectors of kinds due and elapsed', () => {
  it('are all present (the fixture has 25 of them)', () => {
    expect(calendarVectors).toHaveLength(25);
  });

  it.each(calendarVectors.map((vector) => [vector.id, vector] as const))('%s', (_id, vector) => {
    const compiled = compileCalendar(vector.calendar);
    if (typeof vector.expect === 'object') {
      expect(compiled.ok ? 'compiled' : compiled.error.code).toBe(vector.expect.error);
      return;
    }
    if (!compiled.ok) throw new Error(compiled.error.message);
    const actual =
      vector.kind === 'due'
        ? new Date(compiled.value.due(vector.start, vector.minutes)).toISOString()
        : compiled.value.elapsedMinutes(vector.from, vector.to);
    const expected = vector.kind === 'due' ? new Date(vector.expect).toISOString() : vector.expect;
    expect(actual).toBe(expected);
  });
});
