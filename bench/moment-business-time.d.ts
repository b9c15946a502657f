// moment-business-time ships no types; it patches these onto moment's prototype and locale.
import 'moment';

declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: 'minutes'): Moment;
  }
}
