import { z } from 'zod';
import type { CalendarCompiler } from '../../src/domain/sla';
import { runVector, type Mismatch } from './run-vector';
import { VectorSchema } from './vector-schema';

export interface CheckReport {
  /** `PASS id` / `FAIL id: expected … got …` per vector, then `N passed, M failed`. */
  readonly lines: readonly string[];
  readonly passed: number;
  readonly failed: number;
}

const IdSchema = z.object({ id: z.string().min(1) });

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(line)'}: ${issue.message}`)
    .join('; ');

const side = (mismatches: readonly Mismatch[], pick: (mismatch: Mismatch) => string): string =>
  mismatches.map((mismatch) => (mismatch.path === '' ? pick(mismatch) : `${mismatch.path}=${pick(mismatch)}`)).join(', ');

const checkLine = (text: string, lineNumber: number, compile: CalendarCompiler): { line: string; pass: boolean } => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { line: `FAIL line ${lineNumber}: not JSON (${error instanceof Error ? error.message : String(error)})`, pass: false };
  }
  const id = IdSchema.safeParse(json);
  const name = id.success ? id.data.id : `line ${lineNumber}`;
  const vector = VectorSchema.safeParse(json);
  if (!vector.success) {
    return { line: `FAIL ${name}: cannot parse line ${lineNumber}: ${describeIssues(vector.error)}`, pass: false };
  }
  const mismatches = runVector(vector.data, compile);
  if (mismatches.length === 0) return { line: `PASS ${name}`, pass: true };
  const expected = side(mismatches, (mismatch) => mismatch.expected);
  const actual = side(mismatches, (mismatch) => mismatch.actual);
  return { line: `FAIL ${name}: expected ${expected} got ${actual}`, pass: false };
};

/** Checks every non-blank line of a vectors file; an unparsable line is a failure named by its line number. */
export const checkVectors = (content: string, compile: CalendarCompiler): CheckReport => {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  content.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const result = checkLine(text, index + 1, compile);
    lines.push(result.line);
    if (result.pass) passed += 1;
    else failed += 1;
  });
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, passed, failed };
};
