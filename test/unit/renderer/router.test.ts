import { describe, expect, it } from 'vitest';
import { href, matchPath, paths } from '../../../renderer/src/router';

// The typed path helper builds exactly the hash addresses the e2e specs, the documents and
// the counsellors' bookmarks use, and the router's patterns read them back.

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
    expect(paths.lender(3)).toBe('/lenders/3');
    expect(paths.letter(5)).toBe('/letters/5');
    expect(paths.template(2)).toBe('/templates/2');
    expect(href(paths.client(12, 'timeline'))).toBe('#/clients/12/timeline');
  });

  it('are read back by the router’s patterns', () => {
    expect(matchPath('/clients/:id/:tab', paths.client(12, 'proposals', { revise: 'latest' }))).toEqual({ id: '12', tab: 'proposals' });
    expect(matchPath('/clients/:id/edit', paths.editClient(4))).toEqual({ id: '4' });
    expect(matchPath('/lenders/:id', paths.lenders())).toBeNull();
  });
});

describe('a wrong address', () => {
  it('does not compile (tsc checks these lines)', () => {
    // @ts-expect-error a tab the client page does not have
    expect(paths.client(12, 'debtz')).toBe('/clients/12/debtz');
    // @ts-expect-error the review is opened on the agreements tab, with 'open'
    expect(paths.client(12, 'agreements', { review: 'yes' })).toBe('/clients/12/agreements?review=yes');
    // @ts-expect-error a lender page needs its id
    expect(paths.lender()).toBe('/lenders/undefined');
  });
});
