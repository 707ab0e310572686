import { useQuery } from '@apollo/client/react';
import { ErrorBox } from './errors';
import { ME } from './graphql/session';
import { Layout } from './layout';
import { match, useLocation } from './router';
import { AssetDetailPage } from './pages/asset-detail';
import { AssetsPage } from './pages/assets';
import { HomePage } from './pages/home';
import { LogoutPage } from './pages/logout';
import { MePage } from './pages/me';
import { NotFoundPage } from './pages/not-found';
import { PlansPage } from './pages/plans';
import { ViewerPage } from './pages/viewer';
import { WorkOrderPage } from './pages/work-order';
import { WorkOrdersPage } from './pages/work-orders';

export type Me = { id: string; username: string; displayName: string; permissions: string[]; isSuperuser: boolean };

function route(path: string, me: Me) {
  let p: Record<string, string> | null;
  if (path === '/' || path === '') return <HomePage me={me} />;
  if (match('/me', path)) return <MePage />;
  if (match('/logout', path)) return <LogoutPage />;
  if (match('/assets', path)) return <AssetsPage />;
  if ((p = match('/assets/:id', path))) return <AssetDetailPage id={p.id!} />;
  if (match('/plans', path)) return <PlansPage />;
  if ((p = match('/viewers/:id', path))) return <ViewerPage id={p.id!} />;
  if (match('/work-orders', path)) return <WorkOrdersPage me={me} />;
  if ((p = match('/work-orders/:id', path))) return <WorkOrderPage id={p.id!} />;
  return <NotFoundPage />;
}

/** Needs a session: without one, the login redirect (in the Apollo link) takes over. */
export function App() {
  const { path } = useLocation();
  const { data, error, loading } = useQuery<{ me: Me }>(ME, { fetchPolicy: 'cache-first' });
  if (path === '/logout') return <LogoutPage />;
  if (loading && !data) return <p className="center muted">Loading…</p>;
  if (!data) return <div className="page"><ErrorBox error={error} /></div>;
  return <Layout me={data.me}>{route(path, data.me)}</Layout>;
}
