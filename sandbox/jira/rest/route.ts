import type { RestResponse } from '../../contracts';
import type { IssueService } from '../issue-service';
import type { Viewer } from '../permissions';
import type { PropertyIndexCatalog } from '../property-index';
import type { Db } from '../store';

/** What every REST handler gets: the caller, the request's parts and the emulator's state. */
export interface RouteContext {
  readonly viewer: Viewer;
  /** The account recorded as actor of mutations (the app's bot account for asApp calls). */
  readonly actor: string;
  /** Zone the caller sees instants in. */
  readonly timeZone: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly env: RouteEnv;
}

export interface RouteEnv {
  readonly db: Db;
  readonly service: IssueService;
  readonly baseUrl: string;
  readonly now: () => number;
  readonly propertyCatalog: () => PropertyIndexCatalog;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template with `{name}` segments, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  readonly path: string;
  readonly handle: (ctx: RouteContext) => RestResponse;
}

export const route = (method: Route['method'], path: string, handle: Route['handle']): Route => ({ method, path, handle });
