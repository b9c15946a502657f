import { z } from 'zod';
import { answerSurveyLink, openSurveyLink, type LinkLocale } from '../../application/survey-link/answer-link';
import { appInvocation } from '../../adapters/compose';
import { renderLinkPage } from './survey-link-page';

interface WebResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

const RequestSchema = z.object({
  method: z.string().default('GET'),
  body: z.string().nullish(),
  path: z.string().nullish(),
  queryParameters: z.record(z.string(), z.array(z.string())).default({}),
});

const MAX_BODY = 16_000;
const HEADERS = {
  'Content-Type': ['text/html; charset=utf-8'],
  // Inline style only, no script, no framing; the form posts back to this same address.
  'Content-Security-Policy': ["default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"],
  'Cache-Control': ['no-store'],
  'Referrer-Policy': ['no-referrer'],
};

const html = (statusCode: number, body: string): WebResponse => ({ statusCode, headers: HEADERS, body });
const localeParam = (value: string | undefined): LinkLocale | null => (value === 'en' ? 'en' : value === 'zh-CN' ? 'zh-CN' : null);

/**
 * Web trigger `survey-link`: the page a requester reaches from the link sent with the resolution (issue 13).
 * GET shows the confirmation and the five-item survey; POST records them through the portal's own use cases.
 * The signed token in `t` is the only credential; a forged, expired or used one gets a refusal page.
 */
export const surveyLink = async (request: unknown): Promise<WebResponse> => {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) return html(400, '<!doctype html><title>400</title>');
  const { method, queryParameters } = parsed.data;
  const token = queryParameters['t']?.[0] ?? '';
  const langUrl = (locale: LinkLocale) => `?t=${encodeURIComponent(token)}&lang=${encodeURIComponent(locale)}`;
  const { deps } = appInvocation();
  if (method.toUpperCase() === 'GET') {
    const page = await openSurveyLink(deps, token);
    const rendered = renderLinkPage(page, localeParam(queryParameters['lang']?.[0]), langUrl);
    return html(rendered.statusCode, rendered.html);
  }
  if (method.toUpperCase() !== 'POST') return { statusCode: 405, headers: { Allow: ['GET, POST'] }, body: '' };
  const body = parsed.data.body ?? '';
  if (body.length > MAX_BODY) return html(413, '<!doctype html><title>413</title>');
  const values: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body)) if (!(k in values)) values[k] = v;
  const page = await answerSurveyLink(deps, token, values);
  const rendered = renderLinkPage(page, localeParam(values['lang']) ?? localeParam(queryParameters['lang']?.[0]), langUrl);
  return html(rendered.statusCode, rendered.html);
};
