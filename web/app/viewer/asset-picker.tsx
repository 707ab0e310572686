import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useDebounced } from '../assets/use-debounced';
import { ErrorBox } from '../errors';
import { SEARCH_ASSETS, type AssetRow } from '../graphql/catalogue';

/** Search an asset to pin. */
export function AssetPicker({ onPick }: { onPick: (asset: AssetRow) => void }) {
  const [q, setQ] = useState('');
  const term = useDebounced(q.trim());
  const { data, error } = useQuery<{ searchAssets: AssetRow[] }>(SEARCH_ASSETS, {
    variables: { q: term, limit: 8 },
    skip: term.length === 0,
  });
  return (
    <div className="picker">
      <label>
        Asset to pin
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search by name or code" data-testid="pin-asset-search" />
      </label>
      <ErrorBox error={error} />
      {term && (
        <ul className="list compact" data-testid="pin-asset-results">
          {data?.searchAssets.map((a) => (
            <li key={a.id}>
              <button type="button" className="row" onClick={() => onPick(a)}>
                <span className="title">{a.name}</span>
                <span className="muted">#{a.internalCode}</span>
              </button>
            </li>
          ))}
          {data && data.searchAssets.length === 0 && <li className="muted">No asset matches.</li>}
        </ul>
      )}
    </div>
  );
}
