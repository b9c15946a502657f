import { err, ok, type DomainError, type Result } from '../result';

export interface NumberFormat {
  readonly prefix: string;
  readonly padding: number;
}

export interface ServiceNumber {
  readonly prefix: string;
  /** `YYYYMMDD` in the numbering zone. */
  readonly date: string;
  readonly seq: number;
}

const SHAPE = /^([A-Z][A-Z0-9]{0,9})-(\d{8})-(\d{1,15})$/;

const isRealCompactDate = (yyyymmdd: string): boolean => {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  // Date.UTC rolls impossible dates over (Feb 30 → Mar 2); a round trip exposes them.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/**
 * `TS-20261129-001`. The sequence grows past the padding rather than wrapping (1000 → `1000`).
 * Throws RangeError on a malformed date or a sequence that is not a positive safe integer: both come
 * from the allocator, so they are programming errors, not user input.
 */
export const formatServiceNumber = (format: NumberFormat, yyyymmdd: string, seq: number): string => {
  if (!isRealCompactDate(yyyymmdd)) throw new RangeError(`service date must be YYYYMMDD, got ${JSON.stringify(yyyymmdd)}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`sequence must be a positive integer, got ${seq}`);
  return `${format.prefix}-${yyyymmdd}-${String(seq).padStart(format.padding, '0')}`;
};

const invalid = (input: string, why: string): Result<ServiceNumber> =>
  err<DomainError>({ code: 'invalid-service-number', message: `${JSON.stringify(input)} is not a service number: ${why}` });

/**
 * Reads `PREFIX-YYYYMMDD-N`. With `format`, only the canonical spelling for that prefix and padding is
 * accepted (so `TS-20261129-1` is refused when padding is 3), which makes format ∘ parse the identity.
 */
export const parseServiceNumber = (input: string, format?: NumberFormat): Result<ServiceNumber> => {
  const match = SHAPE.exec(input);
  if (!match) return invalid(input, 'expected PREFIX-YYYYMMDD-N');
  const [, prefix = '', date = '', digits = ''] = match;
  if (!isRealCompactDate(date)) return invalid(input, `${date} is not a calendar date`);
  const seq = Number(digits);
  if (seq < 1) return invalid(input, 'the sequence starts at 1');
  if (format !== undefined) {
    if (prefix !== format.prefix) return invalid(input, `expected prefix ${format.prefix}`);
    if (digits !== String(seq).padStart(format.padding, '0')) {
      return invalid(input, `expected the sequence zero-padded to ${format.padding} digits`);
    }
  }
  return ok({ prefix, date, seq });
};
