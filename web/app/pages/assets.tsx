import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CatalogueFilters } from '../assets/filters';
import { Badge } from '../assets/state-badge';
import { useDebounced } from '../assets/use-debounced';
import { ErrorBox } from '../errors';
import { SEARCH_ASSETS, type AssetRow } from '../graphql/catalogue';
import { Link, navigate, useLocation, useTitle } from '../router';

export function AssetsPage() {
  useTitle('Assets');
  const { query } = useLocation();
  const [q, setQ] = useState(query.get('q') ?? '');
  const categoryId = query.get('category') ?? '';
  const locationId = query.get('location') ?? '';
  const term = useDebounced(q.trim());

  const setFilters = (next: { q?: string; categoryId?: string; locationId?: string }) => {
    const params = new URLSearchParams();
    const nq = next.q ?? q;
    const nc = next.categoryId ?? categoryId;
    const nl = next.locationId ?? locationId;
    if (nq) params.set('q', nq);
    if (nc) params.set('category', nc);
    if (nl) params.set('location', nl);
    navigate(`/assets${params.size ? `?${params}` : ''}`, { replace: true });
  };

  const { data, error, loading } = useQuery<{ searchAssets: AssetRow[] }>(SEARCH_ASSETS, {
    variables: { q: term, categoryId: categoryId || null, locationId: locationId || null, limit: 50 },
  });

  return (
    <div className="page">
      <h1>Assets</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} role="search">
        <label className="grow">
          Search
          <input
            type="search"
            value={q}
            placeholder="Name, code, serial number…"
            onChange={(e) => {
              setQ(e.target.value);
              setFilters({ q: e.target.value });
            }}
            data-testid="asset-search"
            autoFocus
          />
        </label>
        <CatalogueFilters categoryId={categoryId} locationId={locationId} onChange={setFilters} />
      </form>
      <ErrorBox error={error} />
      {loading && !data && <p className="muted">Searching…</p>}
      <ul className="list" data-testid="asset-results">
        {data?.searchAssets.map((a) => (
          <li key={a.id}>
            <Link to={`/assets/${a.id}`} className="row">
              <span className="title">{a.name}</span>
              <span className="muted">#{a.internalCode}</span>
              <span className="muted">{a.category?.name}</span>
              <span className="muted grow">{a.location?.fullPath}</span>
              <Badge value={a.state} />
            </Link>
          </li>
        ))}
      </ul>
      {data && data.searchAssets.length === 0 && <p className="muted">No asset matches.</p>}
      {data && data.searchAssets.length === 50 && <p className="muted">Showing the first 50; narrow the search to see others.</p>}
    </div>
  );
}
