import { useQuery } from '@apollo/client/react';
import { ErrorBox } from '../errors';
import { ASSET_WORK_ORDERS } from '../graphql/catalogue';
import { Link } from '../router';
import { Badge } from './state-badge';

type Data = { asset: { id: string; workOrders: Array<{ id: string; code: string; status: string; priority: string; shortDescription: string }> } };

/** The asset's open work orders (needs the work-order view permission; a refusal is shown). */
export function OpenWorkOrders({ assetId }: { assetId: string }) {
  const { data, error, loading } = useQuery<Data>(ASSET_WORK_ORDERS, { variables: { id: assetId } });
  if (error) return <ErrorBox error={error} />;
  if (loading && !data) return <p className="muted">Loading…</p>;
  const orders = data?.asset.workOrders ?? [];
  if (!orders.length) return <p className="muted">No open work orders.</p>;
  return (
    <ul className="plain" data-testid="open-work-orders">
      {orders.map((w) => (
        <li key={w.id}>
          <Link to={`/work-orders/${w.id}`}>{w.code}</Link> {w.shortDescription} <Badge value={w.status} />
        </li>
      ))}
    </ul>
  );
}
