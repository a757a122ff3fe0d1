import { describe, expect, it } from 'vitest';
import { href, matchRoute, paths, ROUTES, type RouteName } from '../../../renderer/src/router';

// Every page's address is defined once (router.ts): the typed builders make exactly the hash
// addresses the e2e specs and the counsellors' bookmarks use, and the same route reads them
// back into typed values.

describe('paths', () => {
  it('builds the addresses as they have always been', () => {
    expect(paths.dashboard()).toBe('/dashboard');
    expect(paths.clients()).toBe('/clients');
    expect(paths.newClient()).toBe('/clients/new');
    expect(paths.client(12)).toBe('/clients/12');
    expect(paths.client(12, 'debts')).toBe('/clients/12/debts');
    expect(paths.client(12, 'proposals', { revise: 'latest' })).toBe('/clients/12/proposals?revise=latest');
    expect(paths.client(12, 'proposals', { revise: 7 })).toBe('/clients/12/proposals?revise=7');
    expect(paths.client(12, 'agreements', { review: 'open' })).toBe('/clients/12/agreements?review=open');
    expect(paths.editClient(12)).toBe('/clients/12/edit');
    expect(paths.importSheet()).toBe('/import');
    expect(paths.lenders()).toBe('/lenders');
    expect(paths.lender(3)).toBe('/lenders/3');
    expect(paths.followups()).toBe('/followups');
    expect(paths.calendar()).toBe('/calendar');
    expect(paths.letters()).toBe('/letters');
    expect(paths.letter(5)).toBe('/letters/5');
    expect(paths.templates()).toBe('/templates');
    expect(paths.template(2)).toBe('/templates/2');
    expect(paths.settings()).toBe('/settings');
    expect(href(paths.client(12, 'timeline'))).toBe('#/clients/12/timeline');
  });
});

describe('matching an address', () => {
  it('reads every address a builder makes back into the route that made it', () => {
    const made: [RouteName, string][] = [
      ['dashboard', paths.dashboard()],
      ['clients', paths.clients()],
      ['newClient', paths.newClient()],
      ['client', paths.client(12, 'proposals', { revise: 'latest' })],
      ['editClient', paths.editClient(4)],
      ['importSheet', paths.importSheet()],
      ['lenders', paths.lenders()],
      ['lender', paths.lender(3)],
      ['followups', paths.followups()],
      ['calendar', paths.calendar()],
      ['letters', paths.letters()],
      ['letter', paths.letter(5)],
      ['templates', paths.templates()],
      ['template', paths.template(2)],
      ['settings', paths.settings()],
    ];
    // One address per route, so a route added without a line here is noticed.
    expect(made.map(([name]) => name).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [name, path] of made) expect(matchRoute(path)?.name).toBe(name);
  });

  it('gives the values typed: ids as numbers, the tab and the query checked', () => {
    expect(matchRoute(paths.client(12, 'proposals', { revise: 'latest' }))).toEqual({ name: 'client', values: { id: 12, tab: 'proposals', revise: 'latest' } });
    expect(matchRoute(paths.client(12, 'proposals', { revise: 7 }))).toEqual({ name: 'client', values: { id: 12, tab: 'proposals', revise: 7 } });
    expect(matchRoute(paths.client(12, 'agreements', { review: 'open' }))).toEqual({ name: 'client', values: { id: 12, tab: 'agreements', review: 'open' } });
    expect(matchRoute(paths.client(12))).toEqual({ name: 'client', values: { id: 12 } });
    expect(matchRoute(paths.editClient(4))).toEqual({ name: 'editClient', values: { id: 4 } });
    // A query value the page does not know is left out, not passed on as text.
    expect(matchRoute('/clients/12/proposals?revise=soon&review=yes')).toEqual({ name: 'client', values: { id: 12, tab: 'proposals' } });
  });

  it('finds no page for an address no route makes', () => {
    for (const path of ['/', '/clientz', '/clients/abc', '/clients/0', '/clients/12/debtz', '/clients/12/debts/more', '/clients/12/', '/lenders/1.5', '/letters/%E0%A4%A']) {
      expect(matchRoute(path), path).toBeNull();
    }
    // 'new' and 'edit' are pages of their own, never an id or a tab.
    expect(matchRoute('/clients/new')?.name).toBe('newClient');
    expect(matchRoute('/clients/7/edit')?.name).toBe('editClient');
  });

  it('knows the side-menu section of each page', () => {
    expect(ROUTES.editClient.section).toBe('clients');
    expect(ROUTES.template.section).toBe('letters');
    expect(ROUTES.importSheet.section).toBeNull();
  });
});

describe('a wrong address', () => {
  it('does not compile (tsc checks these lines)', () => {
    // @ts-expect-error a tab the client page does not have
    expect(paths.client(12, 'debtz')).toBe('/clients/12/debtz');
    // @ts-expect-error the review is opened on the agreements tab, with 'open'
    expect(paths.client(12, 'agreements', { review: 'yes' })).toBe('/clients/12/agreements?review=yes');
    // @ts-expect-error a lender page needs its id
    expect(() => paths.lender()).toThrow();
    // @ts-expect-error no route by that name
    expect(paths.lendr).toBeUndefined();
    const found = matchRoute('/clients/12/debts');
    if (found?.name === 'client') {
      // @ts-expect-error the client route's id is a number, not text
      const id: string = found.values.id;
      expect(id).toBe(12);
    }
  });
});
