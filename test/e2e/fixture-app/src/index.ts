import api, { route } from '@forge/api';
import { WhereConditions, kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { z } from 'zod';

const Strings = z.array(z.string()).catch([]);

async function append(key: string, value: string): Promise<void> {
  const list = Strings.parse(await kvs.get(key));
  await kvs.set(key, [...list, value]);
}


const resolver = new Resolver();

resolver.define('whoami', ({ context }) => ({
  accountId: z.string().optional().parse(context.accountId),
  extension: z.record(z.string(), z.unknown()).parse(context.extension),
}));

/** The issue keys the created trigger saw: one key each, since deliveries run concurrently (a shared list would lose some). */
async function createdKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const query = kvs.query().where('key', WhereConditions.beginsWith('created:')).limit(100);
    const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<string>();
    keys.push(...page.results.map((r) => r.value));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return keys;
}

resolver.define('state', async () => ({
  installed: (await kvs.get('installed')) === true,
  created: await createdKeys(),
  runs: Strings.parse(await kvs.get('runs')),
}));

resolver.define('notify', async ({ payload }) => {
  const { issueKey } = z.object({ issueKey: z.string() }).parse(payload);
  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${issueKey}/notify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: `About ${issueKey}`, textBody: 'Hello from the fixture app', to: { reporter: true } }),
  });
  return { status: res.status };
});

export const handler = resolver.getDefinitions();

export async function onCreated(event: unknown): Promise<void> {
  const { issue } = z.object({ issue: z.object({ key: z.string() }) }).parse(event);
  await kvs.set(`created:${issue.key}`, issue.key);
}

export async function onInstalled(): Promise<void> {
  await kvs.set('installed', true);
}

export async function five(): Promise<void> {
  await append('runs', 'five');
}

export async function hour(): Promise<void> {
  await append('runs', 'hour');
}
