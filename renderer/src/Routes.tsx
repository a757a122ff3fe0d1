import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { ClientListPage } from './pages/clients/ClientListPage';
import { CLIENT_TABS, type ClientTab } from './pages/clients/tab-names';
import { matchPath, usePath } from './router';

// The two pages the app opens on are in the first bundle; every other page is fetched the
// first time it is opened, so starting the app parses only what the first screen needs.
function later<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

const ClientDetailPage = later(() => import('./pages/clients/ClientDetailPage').then((m) => m.ClientDetailPage));
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
  return <Suspense fallback={<Spin />}>{<Page />}</Suspense>;
}

function Page(): ReactNode {
  const path = usePath();
  let params: Record<string, string> | null;

  if (matchPath('/dashboard', path)) return <DashboardPage />;
  if (matchPath('/clients', path)) return <ClientListPage />;
  if (matchPath('/clients/new', path)) return <ClientFormPage />;
  if ((params = matchPath('/clients/:id/edit', path))) return <ClientFormPage id={Number(params.id)} key={params.id} />;
  if ((params = matchPath('/clients/:id', path))) return <ClientDetailPage id={Number(params.id)} key={params.id} />;
  if ((params = matchPath('/clients/:id/:tab', path)) && (CLIENT_TABS as readonly string[]).includes(params.tab!)) {
    return <ClientDetailPage id={Number(params.id)} tab={params.tab as ClientTab} key={params.id} />;
  }
  if (matchPath('/import', path)) return <ImportSheetPage />;
  if (matchPath('/settings', path)) return <SettingsPage />;
  if (matchPath('/lenders', path)) return <LenderListPage />;
  if ((params = matchPath('/lenders/:id', path))) return <LenderDetailPage id={Number(params.id)} key={params.id} />;
  if (matchPath('/followups', path)) return <FollowupsPage />;
  if (matchPath('/calendar', path)) return <CalendarPage />;
  if (matchPath('/letters', path)) return <LettersPage />;
  if ((params = matchPath('/letters/:id', path))) return <LetterPage id={Number(params.id)} key={params.id} />;
  if (matchPath('/templates', path)) return <TemplatesPage />;
  if ((params = matchPath('/templates/:id', path))) return <TemplatesPage id={Number(params.id)} key={params.id} />;
  return <DashboardPage />;
}
