import { useQuery } from '@apollo/client/react';
import { ErrorBox } from '../errors';
import { PLANS } from '../graphql/viewers';
import { Link, useTitle } from '../router';

type PlansData = { floorPlans: Array<{ id: string; name: string; title: string; location: { fullPath: string } | null; viewers: Array<{ id: string; name: string }> }> };

export function PlansPage() {
  useTitle('Floor plans');
  const { data, error, loading } = useQuery<PlansData>(PLANS);
  return (
    <div className="page">
      <h1>Floor plans</h1>
      <ErrorBox error={error} />
      {loading && !data && <p className="muted">Loading…</p>}
      <ul className="list">
        {data?.floorPlans.map((p) => (
          <li key={p.id} className="row">
            <span className="title">{p.name}</span>
            <span className="muted grow">{p.location?.fullPath}</span>
            <span className="chips">
              {p.viewers.length === 0 && <span className="muted">no viewers</span>}
              {p.viewers.map((v) => (
                <Link key={v.id} to={`/viewers/${v.id}`} className="chip">{v.name}</Link>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {data && data.floorPlans.length === 0 && <p className="muted">No floor plans yet.</p>}
    </div>
  );
}
