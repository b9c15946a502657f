import type { EntityPropertyIndex, JiraEmulator, OutboxMessage, ProductEvent, RestRequest, RestResponse, SandboxClock } from '../contracts';
import { APP_ACCOUNT_ID, findAccountByEmail } from './accounts';
import { SITE_TIME_ZONE } from './catalog';
import { seedDemo } from './demo-seed';
import { IssueService } from './issue-service';
import { actorOf, viewerOf } from './permissions';
import { buildCatalog, type PropertyIndexCatalog } from './property-index';
import { directoryRoutes } from './rest/directory-routes';
import { issueRoutes } from './rest/issue-routes';
import { RestError, notFound, unauthorized } from './rest/rest-error';
import type { RouteEnv } from './rest/route';
import { Router } from './rest/router';
import { searchRoutes } from './rest/search-routes';
import { servicedeskRoutes } from './rest/servicedesk-routes';
import { clearStore, openStore, outboxRows, readMeta, writeMeta, type Db } from './store';

export interface JiraEmulatorOptions {
  /** Directory of `jira.db`; created if missing. */
  readonly dataDir: string;
  readonly clock: SandboxClock;
  /** Origin used in `self` links. */
  readonly baseUrl?: string;
  /** Emit product events while seeding the demo data (default false: the app has not seen them). */
  readonly emitSeedEvents?: boolean;
}

/** The emulator's full surface: the shared contract plus what the sandbox server and tests need. */
export interface SandboxJiraEmulator extends JiraEmulator {
  /** Account id of the app's bot user: actor of asApp calls and `atlassianId` of the events they cause. */
  readonly appAccountId: string;
  /** Notifications sent through `/rest/api/3/issue/{key}/notify`, oldest first. */
  readOutbox(): OutboxMessage[];
  close(): void;
}

const SEEDED = 'seeded';
const INDEX_CONFIG = 'property-indexes';

const parseJson = (text: string | undefined): unknown => {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RestError(400, [`Unexpected character in the JSON body: ${e instanceof Error ? e.message : String(e)}`]);
  }
};

const outboxBody = (text: string): unknown => JSON.parse(text);

export const createJiraEmulator = (options: JiraEmulatorOptions): SandboxJiraEmulator => {
  const baseUrl = options.baseUrl ?? 'http://127.0.0.1:8080';
  const db: Db = openStore(options.dataDir);
  const listeners: ((event: ProductEvent) => void)[] = [];
  let catalog: PropertyIndexCatalog = buildCatalog([]);

  const emit = (event: ProductEvent): void => {
    for (const l of listeners) {
      // A failing subscriber must not undo or fail a mutation that is already committed.
      try {
        l(event);
      } catch (e) {
        console.error(`[jira-emulator] event listener failed for ${event.eventType}:`, e);
      }
    }
  };

  const service = new IssueService({ db, clock: options.clock, baseUrl, propertyCatalog: () => catalog, emit });
  const env: RouteEnv = { db, service, baseUrl, now: () => options.clock.now(), propertyCatalog: () => catalog };
  const router = new Router([...issueRoutes, ...searchRoutes, ...directoryRoutes, ...servicedeskRoutes]);

  /** One transaction: a crash mid-reset leaves the previous state, and the seed costs one fsync, not hundreds. */
  const reset = (): void => {
    const seeded: ProductEvent[] = [];
    const seedService = service.withEmitter((e) => seeded.push(e));
    db.transaction(() => {
      clearStore(db);
      seedDemo(seedService, options.clock);
      writeMeta(db, SEEDED, String(options.clock.now()));
      writeMeta(db, INDEX_CONFIG, JSON.stringify(catalog.paths));
    })();
    if (options.emitSeedEvents === true) seeded.forEach(emit);
  };

  if (readMeta(db, SEEDED) === undefined) reset();

  const handle = (req: RestRequest): RestResponse => {
    const url = new URL(req.path, 'http://emulator.invalid');
    const render = (e: RestError): RestResponse => (url.pathname.startsWith('/rest/servicedeskapi/') ? e.toJsmResponse() : e.toResponse());
    const viewer = viewerOf(req.principal);
    const actor = actorOf(viewer, APP_ACCOUNT_ID);
    if (actor === undefined) return render(unauthorized());
    const match = router.match(req.method, url.pathname);
    if (match.kind === 'not-found') return render(notFound(`No REST resource matches ${req.method} ${url.pathname} in the sandbox.`));
    if (match.kind === 'method-not-allowed') return render(new RestError(405, [`Method ${req.method} is not allowed for ${url.pathname}.`]));
    try {
      return match.route.handle({
        viewer,
        actor,
        timeZone: viewer.kind === 'user' ? viewer.account.timeZone : SITE_TIME_ZONE,
        params: match.params,
        query: url.searchParams,
        body: parseJson(req.body),
        env,
      });
    } catch (e) {
      if (e instanceof RestError) return render(e);
      console.error(`[jira-emulator] ${req.method} ${url.pathname} failed:`, e);
      return render(new RestError(500, [`Internal error in the sandbox emulator: ${e instanceof Error ? e.message : String(e)}`]));
    }
  };

  return {
    appAccountId: APP_ACCOUNT_ID,
    handle: (req) => Promise.resolve().then(() => handle(req)),
    onEvent: (listener) => {
      listeners.push(listener);
    },
    setEntityPropertyIndexes: (indexes: readonly EntityPropertyIndex[]) => {
      catalog = buildCatalog(indexes);
      const config = JSON.stringify(catalog.paths);
      if (readMeta(db, INDEX_CONFIG) !== config) {
        service.reindexProperties();
        writeMeta(db, INDEX_CONFIG, config);
      }
    },
    resolveAccountByEmail: (email) => findAccountByEmail(email)?.accountId,
    reset,
    readOutbox: () => outboxRows(db).map((r) => ({ at: r.at, channel: 'email', to: r.to_addr, ...(r.subject === null ? {} : { subject: r.subject }), body: outboxBody(r.body) })),
    close: () => {
      db.close();
    },
  };
};
