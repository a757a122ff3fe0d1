import { DashboardPage } from './pages/dashboard/DashboardPage';
import { CLIENT_TABS, ClientDetailPage, type ClientTab } from './pages/clients/ClientDetailPage';
import { ClientFormPage } from './pages/clients/ClientFormPage';
import { ClientListPage } from './pages/clients/ClientListPage';
import { LenderDetailPage } from './pages/lenders/LenderDetailPage';
import { LenderListPage } from './pages/lenders/LenderListPage';
import { FollowupsPage } from './pages/followups/FollowupsPage';
import { LetterPage } from './pages/letters/LetterPage';
import { LettersPage } from './pages/letters/LettersPage';
import { TemplatesPage } from './pages/letters/TemplatesPage';
import { SettingsPage } from './pages/SettingsPage';
import { ImportSheetPage } from './pages/imports/ImportSheetPage';
import { matchPath, usePath } from './router';

export function Routes() {
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
  if (matchPath('/letters', path)) return <LettersPage />;
  if ((params = matchPath('/letters/:id', path))) return <LetterPage id={Number(params.id)} key={params.id} />;
  if (matchPath('/templates', path)) return <TemplatesPage />;
  if ((params = matchPath('/templates/:id', path))) return <TemplatesPage id={Number(params.id)} key={params.id} />;
  return <DashboardPage />;
}
