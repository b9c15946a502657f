import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { createConfluenceEmulator, type ConfluenceEmulator } from '../../sandbox/confluence';
import type { RestResponse } from '../../sandbox/contracts';

/**
 * The Confluence emulator's endpoints against Atlassian's Confluence Cloud REST API v2 OpenAPI document: every
 * request the app sends validates against the operation's request-body schema, every response against the response
 * schema of its status (all $refs resolved), and a status the spec does not list for the operation fails.
 */

const SPECS_DIR = process.env.SUPPORT_STANDARD_SPECS_DIR ?? join(resolve(__dirname, '../..'), '../shared/specs');
const FILE = join(SPECS_DIR, 'confluence-v2.openapi.json');
const SERVER_BASE = '/wiki/api/v2';

const Operation = z.object({
  requestBody: z.object({ $ref: z.string() }).optional(),
  responses: z.record(z.string(), z.object({ content: z.record(z.string(), z.object({ schema: z.unknown() })).optional() })),
});

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ['int32', 'int64', 'float', 'double', 'binary', 'byte', 'password']) ajv.addFormat(f, true);

let doc: { paths: Record<string, Record<string, unknown>>; components: { requestBodies: Record<string, unknown> } };
let confluence: ConfluenceEmulator;

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const validatorFor = (pointer: string): ValidateFunction => {
  const v = ajv.getSchema(`confluence#${pointer}`);
  if (v === undefined) throw new Error(`cannot resolve ${pointer}`);
  return v;
};

const operationOf = (method: string, template: string) => Operation.parse(doc.paths[template]?.[method]);

const expectValidResponse = (method: string, template: string, response: RestResponse): void => {
  const op = operationOf(method, template);
  const declared = op.responses[String(response.status)];
  if (declared === undefined) throw new Error(`${method.toUpperCase()} ${template} answered ${response.status}, which the spec does not list`);
  if (declared.content?.['application/json'] === undefined) return;
  const v = validatorFor(`/paths/${escapePointer(template)}/${method}/responses/${response.status}/content/application~1json/schema`);
  expect(v(response.body) ? [] : v.errors).toEqual([]);
};

const expectValidRequest = (method: string, template: string, body: unknown): void => {
  const ref = operationOf(method, template).requestBody?.$ref;
  if (ref === undefined) throw new Error(`${template} takes no body`);
  const v = validatorFor(`${ref.slice(1)}/content/application~1json/schema`);
  expect(v(body) ? [] : v.errors).toEqual([]);
};

const call = (method: string, path: string, body?: unknown): RestResponse =>
  confluence.handle({ method, path: `${SERVER_BASE}${path}`, headers: { 'content-type': 'application/json' }, principal: { kind: 'app' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

beforeAll(() => {
  if (!existsSync(FILE)) throw new Error(`OpenAPI spec missing: ${FILE} (set SUPPORT_STANDARD_SPECS_DIR)`);
  const raw = z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(FILE, 'utf8')));
  doc = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())), components: z.object({ requestBodies: z.record(z.string(), z.unknown()) }) }).parse(raw);
  ajv.addSchema(raw, 'confluence');
});

beforeEach(() => {
  confluence = createConfluenceEmulator({ clock: { now: () => Date.UTC(2026, 11, 1, 8, 0) }, baseUrl: 'https://example.atlassian.net' });
});

const draft = { spaceId: '98305', status: 'draft', title: 'TS-20261201-001 打印机卡纸', body: { representation: 'storage', value: '<h2>问题</h2><p>打印机卡纸</p>' } };

describe('Confluence emulator vs the Confluence v2 OpenAPI document', () => {
  it('GET /spaces?keys= finds the knowledge-base space in the spec shape; an unknown key finds nothing', () => {
    const found = call('GET', '/spaces?keys=KB');
    expect(found.status).toBe(200);
    expectValidResponse('get', '/spaces', found);
    expect(found.body).toMatchObject({ results: [{ id: '98305', key: 'KB', type: 'knowledge_base' }] });
    const none = call('GET', '/spaces?keys=NOPE');
    expectValidResponse('get', '/spaces', none);
    expect(none.body).toMatchObject({ results: [] });
    expectValidResponse('get', '/spaces', call('GET', '/spaces?keys=KB&limit=0'));
  });

  it('POST /pages accepts the app request as the spec defines it and answers with a draft page in the spec shape', () => {
    // The spec's `body` is a oneOf of PageBodyWrite and PageNestedBodyWrite whose properties are all optional, so
    // every body matches both and the oneOf can never pass: the envelope is checked without it, the body against
    // PageBodyWrite (the flat `{representation, value}` form the app sends).
    const { body, ...envelope } = draft;
    expectValidRequest('post', '/pages', envelope);
    const bodyValid = validatorFor('/components/schemas/PageBodyWrite');
    expect(bodyValid(body) ? [] : bodyValid.errors).toEqual([]);
    const created = call('POST', '/pages', draft);
    expect(created.status).toBe(200);
    expectValidResponse('post', '/pages', created);
    expect(created.body).toMatchObject({ status: 'draft', title: draft.title, spaceId: '98305', body: { storage: { value: draft.body.value } } });
    expect(confluence.pages()).toHaveLength(1);
  });

  it('POST /pages refuses a missing space (404) and a published page without a title (400), creating nothing', () => {
    const noSpace = call('POST', '/pages', { ...draft, spaceId: '1' });
    expect(noSpace.status).toBe(404);
    expectValidResponse('post', '/pages', noSpace);
    const untitled = call('POST', '/pages', { spaceId: '98305', status: 'current' });
    expect(untitled.status).toBe(400);
    expectValidResponse('post', '/pages', untitled);
    expect(confluence.pages()).toEqual([]);
  });

  it('GET /pages/{id} returns a draft only when asked for drafts, in the spec shape; an unknown id is 404', () => {
    const id = z.object({ id: z.string() }).parse(call('POST', '/pages', draft).body).id;
    const withDraft = call('GET', `/pages/${id}?get-draft=true&body-format=storage`);
    expect(withDraft.status).toBe(200);
    expectValidResponse('get', '/pages/{id}', withDraft);
    expect(withDraft.body).toMatchObject({ id, status: 'draft', body: { storage: { representation: 'storage' } } });
    const published = call('GET', `/pages/${id}`);
    expect(published.status).toBe(404);
    expectValidResponse('get', '/pages/{id}', published);
    expectValidResponse('get', '/pages/{id}', call('GET', '/pages/999?get-draft=true'));
  });
});
