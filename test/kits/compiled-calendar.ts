import { compileCalendar, type CompiledCalendar } from '../../src/domain/calendar/compile-calendar';

/** Compiles a calendar a test knows to be valid, failing the test loudly otherwise. */
export const mustCompile = (spec: unknown): CompiledCalendar => {
  const compiled = compileCalendar(spec);
  if (!compiled.ok) throw new Error(`expected a valid calendar: ${compiled.error.message}`);
  return compiled.value;
};

export const at = (isoInstant: string): number => {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new Error(`bad instant in test: ${isoInstant}`);
  return ms;
};

export const isoOf = (ms: number): string => new Date(ms).toISOString();

const NINE_TO_SIX = [['09:00', '18:00']] as const;
export const MON_FRI = { mon: NINE_TO_SIX, tue: NINE_TO_SIX, wed: NINE_TO_SIX, thu: NINE_TO_SIX, fri: NINE_TO_SIX };
