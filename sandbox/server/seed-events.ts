import { z } from 'zod';
import type { ProductEvent } from '../contracts';
import type { RestClient } from './rest-client';

const SEED_FIELDS = 'summary,issuetype,project,reporter,creator,assignee,priority,status,created,updated';

const SearchPageSchema = z.object({
  issues: z.array(
    z.looseObject({
      id: z.string(),
      key: z.string(),
      fields: z.looseObject({ reporter: z.looseObject({ accountId: z.string() }).nullish() }),
    }),
  ),
  nextPageToken: z.string().nullish(),
});

/**
 * The `avi:jira:created:issue` events the seeded issues would have produced had they been raised while the
 * app was installed, oldest first, in the payload shape Jira sends (`issue{id,key,fields}`, `atlassianId`).
 */
export async function seededCreationEvents(app: RestClient): Promise<ProductEvent[]> {
  const events: ProductEvent[] = [];
  let token: string | undefined;
  do {
    const query = new URLSearchParams({ jql: 'ORDER BY created ASC', fields: SEED_FIELDS, maxResults: '100' });
    if (token !== undefined) query.set('nextPageToken', token);
    const page = await app.call(SearchPageSchema, 'GET', `/rest/api/3/search/jql?${query.toString()}`);
    for (const issue of page.issues) {
      const atlassianId = issue.fields.reporter?.accountId;
      events.push({
        eventType: 'avi:jira:created:issue',
        payload: {
          eventType: 'avi:jira:created:issue',
          issue: { id: issue.id, key: issue.key, fields: issue.fields },
          ...(atlassianId === undefined ? {} : { atlassianId }),
        },
      });
    }
    token = page.nextPageToken ?? undefined;
  } while (token !== undefined);
  return events;
}
