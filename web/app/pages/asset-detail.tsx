import { useQuery } from '@apollo/client/react';
import { Badge } from '../assets/state-badge';
import { OpenWorkOrders } from '../assets/open-work-orders';
import { ErrorBox } from '../errors';
import { ASSET } from '../graphql/catalogue';
import { Link, useTitle } from '../router';

type AssetData = {
  asset: {
    id: string;
    name: string;
    internalCode: string;
    serialNumber: string;
    reference: string;
    description: string;
    state: string;
    purchaseDate: string | null;
    cost: string | null;
    epc: string | null;
    category: { id: string; name: string } | null;
    model: { id: string; name: string; brand: { name: string } | null } | null;
    location: { id: string; fullPath: string } | null;
    parent: { id: string; name: string } | null;
    components: Array<{ id: string; name: string; state: string }>;
    pins: Array<{ id: string; viewerId: string; label: string }>;
  };
};

export function AssetDetailPage({ id }: { id: string }) {
  const { data, error } = useQuery<AssetData>(ASSET, { variables: { id }, errorPolicy: 'all' });
  const a = data?.asset;
  useTitle(a?.name ?? 'Asset');
  return (
    <div className="page">
      <p><Link to="/assets">← Assets</Link></p>
      <ErrorBox error={error} />
      {a && (
        <>
          <h1>
            {a.name} <Badge value={a.state} />
          </h1>
          <dl className="facts">
            <dt>Internal code</dt><dd>{a.internalCode}</dd>
            <dt>Serial number</dt><dd>{a.serialNumber || '—'}</dd>
            <dt>Reference</dt><dd>{a.reference || '—'}</dd>
            <dt>Category</dt><dd>{a.category?.name ?? '—'}</dd>
            <dt>Model</dt><dd>{a.model ? `${a.model.brand?.name ?? ''} ${a.model.name}` : '—'}</dd>
            <dt>Location</dt><dd>{a.location?.fullPath ?? '—'}</dd>
            <dt>Part of</dt><dd>{a.parent ? <Link to={`/assets/${a.parent.id}`}>{a.parent.name}</Link> : '—'}</dd>
            <dt>Purchased</dt><dd>{a.purchaseDate ?? '—'}{a.cost ? ` · ${a.cost}` : ''}</dd>
            <dt>Description</dt><dd className="pre">{a.description || '—'}</dd>
          </dl>
          {a.components.length > 0 && (
            <section>
              <h2>Components</h2>
              <ul className="plain">
                {a.components.map((c) => (
                  <li key={c.id}><Link to={`/assets/${c.id}`}>{c.name}</Link> <Badge value={c.state} /></li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h2>On floor plans</h2>
            {a.pins.length === 0 ? <p className="muted">Not pinned on any plan.</p> : (
              <ul className="plain">
                {a.pins.map((p) => (
                  <li key={p.id}><Link to={`/viewers/${p.viewerId}?pin=${p.id}`}>Viewer {p.viewerId}</Link></li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>Open work orders</h2>
            <OpenWorkOrders assetId={a.id} />
          </section>
        </>
      )}
    </div>
  );
}
