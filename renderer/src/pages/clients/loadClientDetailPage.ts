// The client page's code is its own chunk (Routes.tsx). The route loads it when a client is
// opened; the client list asks for it too once it has shown, while the counsellor reads the
// list, so the first client opened does not wait for the chunk to be fetched and parsed.
export const loadClientDetailPage = () => import('./ClientDetailPage');
