import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_LOCALE } from '../../shared/i18n';
import { call } from './api/client';
import { App } from './App';
import { initI18n } from './i18n';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

async function boot(): Promise<void> {
  // The language is a setting in the case database, so it is remembered across restarts.
  const settings = await call('settings.get').catch(() => null);
  await initI18n(settings?.language ?? DEFAULT_LOCALE);
  if (settings) queryClient.setQueryData(['settings'], settings);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();
