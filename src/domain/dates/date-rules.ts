/**
 * When dates agents enter make sense (issue 12 point 8). The forms take minutes, so a date within the current
 * minute is not yet "in the past".
 */
const MINUTE_MS = 60_000;

/** An expected date (a workaround's or a fix's) promises something: it cannot lie in the past. */
export const isPastExpectation = (expectedAt: number, now: number): boolean => expectedAt < now - MINUTE_MS;

/** When something happened (a fault, a contact) cannot lie in the future. */
export const isFutureOccurrence = (occurredAt: number, now: number): boolean => occurredAt > now + MINUTE_MS;

/** A step of a sequence (departure → arrival → completion) cannot come before the step it follows. */
export const isBeforePreviousStep = (at: number, previous: number): boolean => at < previous;
