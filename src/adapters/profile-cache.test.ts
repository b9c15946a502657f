import type { AppStore, JiraPort, UserProfile } from '../application/ports';
import { PROFILE_TTL_SECONDS, withProfileCache } from './profile-cache';

const profile: UserProfile = { accountId: 'a-1', displayName: '张三', locale: 'zh_CN', timeZone: 'Asia/Shanghai' };

const memoryStore = () => {
  const values = new Map<string, unknown>();
  const ttls = new Map<string, number | undefined>();
  const store: Pick<AppStore, 'get' | 'set'> = {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value, ttl) => {
      values.set(key, value);
      ttls.set(key, ttl);
      return Promise.resolve();
    },
  };
  return { store, values, ttls };
};

const countingJira = (answer: UserProfile | null) => {
  const calls: string[] = [];
  const jira = { getUser: (accountId: string) => (calls.push(accountId), Promise.resolve(answer)) } as unknown as JiraPort;
  return { jira, calls };
};

describe('withProfileCache', () => {
  it('asks Jira for a profile once and answers the next lookups from app storage, kept for a day', async () => {
    const { store, ttls } = memoryStore();
    const { jira, calls } = countingJira(profile);
    const cached = withProfileCache(jira, store);
    expect(await cached.getUser('a-1')).toEqual(profile);
    expect(await cached.getUser('a-1')).toEqual(profile);
    expect(calls).toEqual(['a-1']);
    expect(ttls.get('profile:a-1')).toBe(PROFILE_TTL_SECONDS);
  });

  it('does not cache an unknown account, and asks again for a stored value that does not parse', async () => {
    const { store, values } = memoryStore();
    const { jira, calls } = countingJira(null);
    const cached = withProfileCache(jira, store);
    expect(await cached.getUser('gone')).toBeNull();
    expect(await cached.getUser('gone')).toBeNull();
    expect(calls).toEqual(['gone', 'gone']);
    values.set('profile:x', { accountId: 'x' });
    await cached.getUser('x');
    expect(calls).toEqual(['gone', 'gone', 'x']);
  });
});
