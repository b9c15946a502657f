import type { Logger } from '../application/ports';

/** Forge collects console output as the app's logs (100 lines per runtime minute), so keep it terse. */
export const consoleLogger: Logger = {
  info: (message, data) => {
    console.info(message, data ?? '');
  },
  warn: (message, data) => {
    console.warn(message, data ?? '');
  },
};
