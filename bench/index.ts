/**
 * Runs every `bench/*.bench.ts` module in name order. A bench module exports `run()` returning (a
 * promise of) the lines it wants printed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

const LinesSchema = z.array(z.string());

const hasRun = (module: unknown): module is { run: () => unknown } =>
  typeof module === 'object' && module !== null && 'run' in module && typeof module.run === 'function';

const main = async (): Promise<void> => {
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort();
  let failed = false;
  for (const file of files) {
    const loaded: unknown = await import(pathToFileURL(join(__dirname, file)).href);
    if (!hasRun(loaded)) {
      console.error(`${file}: exports no run() function`);
      failed = true;
      continue;
    }
    const lines = LinesSchema.safeParse(await loaded.run());
    if (!lines.success) {
      console.error(`${file}: run() must return string[]`);
      failed = true;
      continue;
    }
    for (const line of lines.data) console.log(line);
  }
  if (failed) process.exitCode = 1;
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
