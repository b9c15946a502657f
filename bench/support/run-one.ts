/** Runs one bench module and prints its lines and how long it took: `npx tsx bench/support/run-one.ts ../announce.bench.ts`. */
const file = process.argv[2] ?? '';
void (async () => {
  const began = Date.now();
  const loaded = (await import(file)) as { run: () => Promise<string[]> };
  for (const line of await loaded.run()) console.log(line);
  console.log(`(${((Date.now() - began) / 1000).toFixed(1)} s)`);
})();
