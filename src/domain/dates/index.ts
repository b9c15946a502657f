export { isBeforePreviousStep, isFutureOccurrence, isPastExpectation } from './date-rules';
