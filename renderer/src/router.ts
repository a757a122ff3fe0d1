import { useSyncExternalStore } from 'react';
import type { ClientTab } from './pages/clients/tab-names';

// A hash router small enough to read at a glance: the app has a handful of routes and
// the hash survives reloads in both Electron and the browser harness. Addresses are built
// only by `paths` (typed: a wrong page or a missing id does not compile); `navigate` and
// `href` take nothing else. The addresses themselves (#/clients/12/debts…) are what e2e
// specs and documents rely on: keep them as they are.

declare const appPath: unique symbol;
/** An address in the app, as built by `paths`. */
export type AppPath = string & { readonly [appPath]: true };

/** What the client page reads from its address: a plan to revise (proposals tab), the review to open (agreements tab). */
export interface ClientQuery {
  revise?: number | 'latest';
  review?: 'open';
}

const at = (path: string) => path as AppPath;

function query(q: ClientQuery): string {
  const parts = Object.entries(q).filter(([, v]) => v !== undefined);
  return parts.length ? `?${parts.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : '';
}

export const paths = {
  dashboard: () => at('/dashboard'),
  clients: () => at('/clients'),
  newClient: () => at('/clients/new'),
  client: (id: number, tab?: ClientTab, q: ClientQuery = {}) => at(`/clients/${id}${tab ? `/${tab}` : ''}${query(q)}`),
  editClient: (id: number) => at(`/clients/${id}/edit`),
  importSheet: () => at('/import'),
  lenders: () => at('/lenders'),
  lender: (id: number) => at(`/lenders/${id}`),
  followups: () => at('/followups'),
  calendar: () => at('/calendar'),
  letters: () => at('/letters'),
  letter: (id: number) => at(`/letters/${id}`),
  templates: () => at('/templates'),
  template: (id: number) => at(`/templates/${id}`),
  settings: () => at('/settings'),
};

/** The pages of the side menu, by the first part of their address. */
export type Section = 'dashboard' | 'clients' | 'lenders' | 'followups' | 'calendar' | 'letters' | 'settings';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentPath = () => window.location.hash.replace(/^#/, '') || '/dashboard';

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** One value from the address's query (…?revise=latest), or null. */
export function useQueryParam(name: keyof ClientQuery): string | null {
  return new URLSearchParams(usePath().split('?')[1] ?? '').get(name);
}

export function navigate(path: AppPath): void {
  window.location.hash = path;
}

/** For a link: the address as an href. */
export const href = (path: AppPath) => `#${path}`;

/** Matches '/clients/:id' style patterns; returns the named parts or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const a = path.split('?')[0]!.split('/');
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = decodeURIComponent(a[i]!);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}
