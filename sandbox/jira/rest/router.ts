import type { Route } from './route';

/** Matches a method and path against route templates; `{name}` captures one decoded path segment. */

interface Compiled {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

export type Match =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'not-found' };

export class Router {
  private readonly compiled: readonly Compiled[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.path.split('/').map((seg) => {
        const m = /^\{(\w+)\}$/.exec(seg);
        if (m === null) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1] ?? '');
        return '([^/]+)';
      }).join('/');
      return { route, pattern: new RegExp(`^${source}/?$`), names };
    });
  }

  match(method: string, pathname: string): Match {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.pattern.exec(pathname);
      if (m === null) continue;
      pathMatched = true;
      if (c.route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { kind: 'found', route: c.route, params };
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
  }
}
