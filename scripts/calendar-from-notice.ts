/**
 * `npm run -s calendar:from-notice -- <notice.txt>`: reads the State Council's holiday notice and prints
 * `{"year":…,"holidays":[…],"workdays":[…]}` (exit 0), or the reason it was refused (exit 1).
 */
import { readFileSync } from 'node:fs';
import { parseStateCouncilNotice } from '../src/domain/calendar';

const USAGE_ERROR = 2;

const main = (args: readonly string[]): number => {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write('usage: npm run -s calendar:from-notice -- <notice.txt>\n');
    return USAGE_ERROR;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`calendar:from-notice: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return USAGE_ERROR;
  }
  const parsed = parseStateCouncilNotice(text);
  if (!parsed.ok) {
    process.stderr.write(`calendar:from-notice: ${parsed.error.message}\n`);
    return 1;
  }
  const { year, holidays, workdays } = parsed.value;
  process.stdout.write(`${JSON.stringify({ year, holidays, workdays })}\n`);
  return 0;
};

process.exitCode = main(process.argv.slice(2));
