export { isPastExpectation } from './date-rules';
