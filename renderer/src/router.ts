import { useSyncExternalStore } from 'react';
import { CLIENT_TABS, type ClientTab } from './pages/clients/tab-names';

// A hash router small enough to read at a glance: the app has a handful of pages and the hash
// survives reloads in both Electron and the browser harness. Every page's address is defined
// once, in ROUTES below: its pattern, how each part is read and written, the side-menu section
// and the builder `paths` exposes. The same entry builds the address and matches it, and
// Routes.tsx maps every route name to its page, so renaming a route or a parameter breaks the
// build, not a link. Nothing else builds an address (a lint rule refuses '#/…' and '/clients…'
// strings outside this file). The addresses themselves (#/clients/12/debts…) are what e2e
// specs and the counsellors' bookmarks rely on: keep them as they are.

declare const appPath: unique symbol;
/** An address in the app, as built by `paths`. */
export type AppPath = string & { readonly [appPath]: true };

/** How one part of an address – a path segment or a query value – is read and written. */
interface Part<T> {
  /** The value, or undefined when the text is not one (the address is then not this page's). */
  read(text: string): T | undefined;
  write(value: T): string;
}
type ValueOf<P> = P extends Part<infer T> ? T : never;

/** A record's id: a positive whole number. */
const recordId: Part<number> = {
  read: (s) => (/^[1-9][0-9]{0,15}$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : undefined),
  write: String,
};
const oneOf = <T extends string>(values: readonly T[]): Part<T> => ({
  read: (s) => ((values as readonly string[]).includes(s) ? (s as T) : undefined),
  write: (v) => v,
});
/** The plan to revise: a proposal's id, or the one changed last. */
const revise: Part<number | 'latest'> = { read: (s) => (s === 'latest' ? s : recordId.read(s)), write: String };

/** The pages of the side menu, by the first part of their address. */
export type Section = 'dashboard' | 'clients' | 'lenders' | 'followups' | 'calendar' | 'letters' | 'settings';

/** What the client page reads from its address: a plan to revise (proposals tab), the review to open (agreements tab). */
export interface ClientQuery {
  revise?: number | 'latest';
  review?: 'open';
}

// The named parts of a pattern: '/clients/:id/:tab?' has the part `id` and the optional part `tab`.
type Segments<P extends string> = P extends `/${infer Head}/${infer Rest}` ? Head | Segments<`/${Rest}`> : P extends `/${infer Head}` ? Head : never;
type RequiredName<S> = S extends `:${string}?` ? never : S extends `:${infer N}` ? N : never;
type OptionalName<S> = S extends `:${infer N}?` ? N : never;
type PartsOf<P extends string> = { [K in RequiredName<Segments<P>> | OptionalName<Segments<P>>]: Part<unknown> };
type Values<P extends string, C, Q> = { [K in RequiredName<Segments<P>>]: ValueOf<C[K & keyof C]> } & { [K in OptionalName<Segments<P>>]?: ValueOf<C[K & keyof C]> } & {
  [K in keyof Q]?: ValueOf<Q[K]>;
};

/** A page's address: built from values, and read back into them. */
export interface Route<V, A extends unknown[]> {
  readonly pattern: string;
  /** The side-menu entry shown as current on this page, if any. */
  readonly section: Section | null;
  build(...args: A): AppPath;
  /** The values an address holds, or null when it is not this page's. */
  match(path: string): V | null;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a route without query parameters
function route<P extends string, C extends PartsOf<P>, A extends unknown[], Q extends Record<string, Part<unknown>> = {}>(def: {
  pattern: P;
  section: Section | null;
  params: C;
  query?: Q;
  /** The builder's arguments, as `paths` takes them, into the route's values. */
  to: (...args: A) => Values<P, C, Q>;
}): Route<Values<P, C, Q>, A> {
  const segments = def.pattern.split('/').slice(1);
  const params = def.params as Record<string, Part<unknown>>;
  const query = (def.query ?? {}) as Record<string, Part<unknown>>;
  const nameOf = (segment: string) => segment.slice(1).replace(/\?$/, '');
  const named = segments.filter((s) => s.startsWith(':')).map(nameOf);
  // What the types check for the pattern, checked once more when the app loads.
  if (named.length !== Object.keys(params).length || named.some((n) => !(n in params))) throw new Error(`route ${def.pattern}: its parameters and pattern differ`);
  const required = segments.filter((s) => !s.endsWith('?')).length;
  return {
    pattern: def.pattern,
    section: def.section,
    build: (...args) => {
      const values = def.to(...args) as Record<string, unknown>;
      let out = '';
      for (const segment of segments) {
        const value = segment.startsWith(':') ? values[nameOf(segment)] : segment;
        if (value === undefined && segment.endsWith('?')) continue;
        if (value === undefined) throw new Error(`route ${def.pattern}: no ${nameOf(segment)}`);
        out += `/${segment.startsWith(':') ? encodeURIComponent(params[nameOf(segment)]!.write(value)) : segment}`;
      }
      const pairs = Object.entries(query).flatMap(([k, part]) => (values[k] === undefined ? [] : [`${k}=${encodeURIComponent(part.write(values[k]))}`]));
      return `${out}${pairs.length ? `?${pairs.join('&')}` : ''}` as AppPath;
    },
    match: (path) => {
      const [pathname = '', search = ''] = path.split('?', 2);
      const parts = pathname.split('/').slice(1);
      if (parts.length < required || parts.length > segments.length) return null;
      const values: Record<string, unknown> = {};
      for (const [i, text] of parts.entries()) {
        const segment = segments[i]!;
        if (!segment.startsWith(':')) {
          if (segment !== text) return null;
          continue;
        }
        let decoded: string;
        try {
          decoded = decodeURIComponent(text);
        } catch {
          return null;
        }
        const value = params[nameOf(segment)]!.read(decoded);
        if (value === undefined) return null;
        values[nameOf(segment)] = value;
      }
      const asked = new URLSearchParams(search);
      for (const [k, part] of Object.entries(query)) {
        const text = asked.get(k);
        const value = text === null ? undefined : part.read(text);
        if (value !== undefined) values[k] = value;
      }
      return values as Values<P, C, Q>;
    },
  };
}

/** A page with a fixed address (a pattern with parameters is refused when the app loads). */
const fixed = (pattern: string, section: Section | null): Route<Record<never, never>, []> => route({ pattern, section, params: {}, to: () => ({}) });

/** Every page's address, in the order they are tried. */
const TABLE = {
  dashboard: fixed('/dashboard', 'dashboard'),
  clients: fixed('/clients', 'clients'),
  newClient: fixed('/clients/new', 'clients'),
  client: route({
    pattern: '/clients/:id/:tab?',
    section: 'clients',
    params: { id: recordId, tab: oneOf(CLIENT_TABS) },
    query: { revise, review: oneOf(['open'] as const) },
    to: (id: number, tab?: ClientTab, q: ClientQuery = {}) => ({ id, tab, ...q }),
  }),
  editClient: route({ pattern: '/clients/:id/edit', section: 'clients', params: { id: recordId }, to: (id: number) => ({ id }) }),
  importSheet: fixed('/import', null),
  lenders: fixed('/lenders', 'lenders'),
  lender: route({ pattern: '/lenders/:id', section: 'lenders', params: { id: recordId }, to: (id: number) => ({ id }) }),
  followups: fixed('/followups', 'followups'),
  calendar: fixed('/calendar', 'calendar'),
  letters: fixed('/letters', 'letters'),
  letter: route({ pattern: '/letters/:id', section: 'letters', params: { id: recordId }, to: (id: number) => ({ id }) }),
  templates: fixed('/templates', 'letters'),
  template: route({ pattern: '/templates/:id', section: 'letters', params: { id: recordId }, to: (id: number) => ({ id }) }),
  settings: fixed('/settings', 'settings'),
};

type Table = typeof TABLE;
export type RouteName = keyof Table;
/** What the address of route K holds (its typed parameters and query). */
export type RouteValues<K extends RouteName> = Table[K] extends Route<infer V, infer _A> ? V : never;
/** Each route by name, typed so a page picked by a route's name takes exactly that route's values. */
export const ROUTES: { [K in RouteName]: Route<RouteValues<K>, Parameters<Table[K]['build']>> } = TABLE;
const ROUTE_NAMES = Object.keys(TABLE) as RouteName[];

/** The address builders: `paths.client(12, 'debts')` is '/clients/12/debts'. */
export const paths = Object.fromEntries(ROUTE_NAMES.map((name) => [name, TABLE[name].build])) as { [K in RouteName]: Table[K]['build'] };

/** A matched address: which route, with its values. */
export type RouteMatch = { [K in RouteName]: { name: K; values: RouteValues<K> } }[RouteName];

/** The route an address belongs to (the first in the table that reads it), or null. */
export function matchRoute(path: string): RouteMatch | null {
  for (const name of ROUTE_NAMES) {
    const values = ROUTES[name].match(path);
    if (values) return { name, values } as RouteMatch;
  }
  return null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentPath = () => window.location.hash.replace(/^#/, '') || paths.dashboard();

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The current address's route, or null for an address of no page. */
export function useRoute(): RouteMatch | null {
  return matchRoute(usePath());
}

/** What the client page's address asks for (…?revise=latest), read through its route. */
export function useClientQuery(): ClientQuery {
  const values = ROUTES.client.match(usePath());
  return { revise: values?.revise, review: values?.review };
}

export function navigate(path: AppPath): void {
  window.location.hash = path;
}

/** For a link: the address as an href. */
export const href = (path: AppPath) => `#${path}`;
