import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { CLIENT_TABS, ClientDetailPage, type ClientTab } from './pages/clients/ClientDetailPage';
import { ClientFormPage } from './pages/clients/ClientFormPage';
import { ClientListPage } from './pages/clients/ClientListPage';
import { LenderDetailPage } from './pages/lenders/LenderDetailPage';
import { LenderListPage } from './pages/lenders/LenderListPage';
import { SettingsPage } from './pages/SettingsPage';
import { matchPath, usePath } from './router';

export function Routes() {
  const path = usePath();
  const { t } = useTranslation();
  let params: Record<string, string> | null;

  if (matchPath('/dashboard', path)) return <DashboardPage />;
  if (matchPath('/clients', path)) return <ClientListPage />;
  if (matchPath('/clients/new', path)) return <ClientFormPage />;
  if ((params = matchPath('/clients/:id/edit', path))) return <ClientFormPage id={Number(params.id)} key={params.id} />;
  if ((params = matchPath('/clients/:id', path))) return <ClientDetailPage id={Number(params.id)} key={params.id} />;
  if ((params = matchPath('/clients/:id/:tab', path)) && (CLIENT_TABS as readonly string[]).includes(params.tab!)) {
    return <ClientDetailPage id={Number(params.id)} tab={params.tab as ClientTab} key={params.id} />;
  }
  if (matchPath('/settings', path)) return <SettingsPage />;
  // Owned by later work: follow-ups (negotiation), letters (letters and packets).
  if (matchPath('/lenders', path)) return <LenderListPage />;
  if ((params = matchPath('/lenders/:id', path))) return <LenderDetailPage id={Number(params.id)} key={params.id} />;
  if (matchPath('/followups', path)) return <ComingSoonPage feature={t('nav.followups')} />;
  if (matchPath('/letters', path)) return <ComingSoonPage feature={t('nav.letters')} />;
  return <DashboardPage />;
}
