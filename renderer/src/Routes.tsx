import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { ClientListPage } from './pages/clients/ClientListPage';
import { loadClientDetailPage } from './pages/clients/loadClientDetailPage';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { usePath, useRoute, type RouteName, type RouteValues } from './router';

// The two pages the app opens on are in the first bundle; every other page is fetched the
// first time it is opened, so starting the app parses only what the first screen needs.
function later<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

const ClientDetailPage = later(() => loadClientDetailPage().then((m) => m.ClientDetailPage));
const ClientFormPage = later(() => import('./pages/clients/ClientFormPage').then((m) => m.ClientFormPage));
const LenderDetailPage = later(() => import('./pages/lenders/LenderDetailPage').then((m) => m.LenderDetailPage));
const LenderListPage = later(() => import('./pages/lenders/LenderListPage').then((m) => m.LenderListPage));
const FollowupsPage = later(() => import('./pages/followups/FollowupsPage').then((m) => m.FollowupsPage));
const CalendarPage = later(() => import('./pages/calendar/CalendarPage').then((m) => m.CalendarPage));
const LetterPage = later(() => import('./pages/letters/LetterPage').then((m) => m.LetterPage));
const LettersPage = later(() => import('./pages/letters/LettersPage').then((m) => m.LettersPage));
const TemplatesPage = later(() => import('./pages/letters/TemplatesPage').then((m) => m.TemplatesPage));
const SettingsPage = later(() => import('./pages/SettingsPage').then((m) => m.SettingsPage));
const ImportSheetPage = later(() => import('./pages/imports/ImportSheetPage').then((m) => m.ImportSheetPage));

export function Routes() {
  return (
    <PageErrorBoundary address={usePath()}>
      <Suspense fallback={<Spin />}>
        <Page />
      </Suspense>
    </PageErrorBoundary>
  );
}

/**
 * The page of every route (router.ts), given the values its address holds. Typed by route
 * name: a route without a page, a page of no route or a renamed parameter does not compile.
 * A page with an id is keyed by it, so moving from one record to another starts it afresh.
 */
const PAGES: { [K in RouteName]: (values: RouteValues<K>) => ReactNode } = {
  dashboard: () => <DashboardPage />,
  clients: () => <ClientListPage />,
  newClient: () => <ClientFormPage />,
  client: ({ id, tab }) => <ClientDetailPage id={id} tab={tab} key={id} />,
  editClient: ({ id }) => <ClientFormPage id={id} key={id} />,
  importSheet: () => <ImportSheetPage />,
  lenders: () => <LenderListPage />,
  lender: ({ id }) => <LenderDetailPage id={id} key={id} />,
  followups: () => <FollowupsPage />,
  calendar: () => <CalendarPage />,
  letters: () => <LettersPage />,
  letter: ({ id }) => <LetterPage id={id} key={id} />,
  templates: () => <TemplatesPage />,
  template: ({ id }) => <TemplatesPage id={id} key={id} />,
  settings: () => <SettingsPage />,
};

function pageOf<K extends RouteName>(found: { name: K; values: RouteValues<K> }): ReactNode {
  return PAGES[found.name](found.values);
}

function Page(): ReactNode {
  const found = useRoute();
  // An address of no page (an old bookmark, a typo) opens the overview.
  return found ? pageOf(found) : <DashboardPage />;
}
