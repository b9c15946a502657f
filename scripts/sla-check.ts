/** `npm run -s sla:check -- <file.jsonl>`: checks SLA conformance vectors (../shared/sla-vectors/README.md). */
import { readFileSync } from 'node:fs';
import { compileCalendar } from '../src/domain/calendar';
import { checkVectors } from './sla-check/check-vectors';

const USAGE_ERROR = 2;

const main = (args: readonly string[]): number => {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write('usage: npm run -s sla:check -- <file.jsonl>\n');
    return USAGE_ERROR;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`sla:check: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return USAGE_ERROR;
  }
  const report = checkVectors(content, compileCalendar);
  process.stdout.write(`${report.lines.join('\n')}\n`);
  return report.failed > 0 ? 1 : 0;
};

process.exitCode = main(process.argv.slice(2));
