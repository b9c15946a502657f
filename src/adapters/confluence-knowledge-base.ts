import { asApp, isForgePlatformError, route, type APIResponse } from '@forge/api';
import { z } from 'zod';
import { KnowledgeBaseUnavailableError, type KnowledgeBasePort, type KnowledgePage } from '../application/ports';

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

const SpacesSchema = z.object({ results: z.array(z.object({ id: z.string(), key: z.string() })) });
const PageSchema = z.object({
  id: z.string(),
  _links: z.object({ base: z.string().optional(), webui: z.string().optional(), editui: z.string().optional() }).optional(),
});

/**
 * The platform's own failures (no Confluence linked to the site, proxy errors, the app not allowed in that product)
 * mean the same to the agent as Confluence refusing: the knowledge base is unavailable.
 */
const reach = async (what: string, call: () => Promise<APIResponse>): Promise<APIResponse> => {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && (isForgePlatformError(error) || error.name === 'RequestProductNotAllowedError' || error.name === 'ProductEndpointNotAllowedError')) {
      throw new KnowledgeBaseUnavailableError(`Confluence could not be reached for ${what}: ${error.message}`);
    }
    throw error;
  }
};

const body = async (response: APIResponse, what: string): Promise<unknown> => {
  if (!response.ok) throw new KnowledgeBaseUnavailableError(`Confluence answered ${response.status} to ${what}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new KnowledgeBaseUnavailableError(`Confluence answered ${what} with something other than JSON`);
  }
};

const pageOf = (raw: unknown, what: string): KnowledgePage => {
  const page = PageSchema.safeParse(raw);
  if (!page.success) throw new KnowledgeBaseUnavailableError(`Unexpected Confluence response to ${what}`);
  const links = page.data._links;
  // A draft is opened in the editor; `base` is the site's /wiki address.
  const path = links?.editui ?? links?.webui ?? `/pages/resumedraft.action?draftId=${page.data.id}`;
  return { id: page.data.id, url: `${links?.base ?? ''}${path}` };
};

/** Confluence Cloud REST v2 as the app (issue 13 point 5). Only called after the resolver authorised the agent. */
export const confluenceKnowledgeBase = (): KnowledgeBasePort => ({
  async findSpaceId(spaceKey) {
    const what = 'GET /wiki/api/v2/spaces';
    const response = await reach(what, () => asApp().requestConfluence(route`/wiki/api/v2/spaces?keys=${spaceKey}&limit=1`, { headers: { Accept: 'application/json' } }));
    const spaces = SpacesSchema.safeParse(await body(response, what));
    if (!spaces.success) throw new KnowledgeBaseUnavailableError(`Unexpected Confluence response to ${what}`);
    return spaces.data.results.find((s) => s.key === spaceKey)?.id ?? null;
  },
  async createDraft({ spaceId, title, storage }) {
    const what = 'POST /wiki/api/v2/pages';
    const response = await reach(what, () =>
      asApp().requestConfluence(route`/wiki/api/v2/pages`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ spaceId, status: 'draft', title, body: { representation: 'storage', value: storage } }),
      }),
    );
    return pageOf(await body(response, what), what);
  },
  async getPage(pageId) {
    const what = 'GET /wiki/api/v2/pages/{id}';
    const response = await reach(what, () => asApp().requestConfluence(route`/wiki/api/v2/pages/${pageId}?get-draft=true`, { headers: { Accept: 'application/json' } }));
    if (response.status === 404) return null;
    return pageOf(await body(response, what), what);
  },
});
