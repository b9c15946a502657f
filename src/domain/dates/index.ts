export { isFutureOccurrence, isPastExpectation } from './date-rules';
