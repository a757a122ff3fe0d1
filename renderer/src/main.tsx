import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StyleProvider } from '@ant-design/cssinjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_LOCALE } from '../../shared/i18n';
import { ApiError } from './api/client';
import { lockKeys } from './api/keys';
import { preloadSettings } from './api/settings';
import { App } from './App';
import { installFocusReturn } from './components/form/focusReturn';
import { initI18n } from './i18n';
import { createKeptStyleCache } from './styleCache';

// A call refused because the app is locked means the lock screen is due: re-read the lock.
const onError = (err: unknown) => {
  if (err instanceof ApiError && err.code === 'LOCKED') void queryClient.invalidateQueries({ queryKey: lockKeys.status });
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: { queries: { retry: (count, err) => !(err instanceof ApiError && err.code === 'LOCKED') && count < 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

async function boot(): Promise<void> {
  // The language is a setting in the case database, so it is remembered across restarts.
  const settings = await preloadSettings(queryClient);
  await initI18n(settings?.language ?? DEFAULT_LOCALE);
  installFocusReturn();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StyleProvider cache={createKeptStyleCache()}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StyleProvider>
    </StrictMode>,
  );
}

void boot();
