// The client page's tabs, by the name each has in the address (#/clients/12/debts). Apart from
// the page itself, so the router can check an address without loading the page's code.
export const CLIENT_TABS = ['overview', 'finances', 'debts', 'timeline', 'evidence', 'proposals', 'agreements', 'letters'] as const;
export type ClientTab = (typeof CLIENT_TABS)[number];
