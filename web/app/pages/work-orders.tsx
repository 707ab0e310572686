import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import type { Me } from '../app';
import { CatalogueFilters } from '../assets/filters';
import { Badge } from '../assets/state-badge';
import { useDebounced } from '../assets/use-debounced';
import { ErrorBox } from '../errors';
import { PRIORITIES, STATUSES, WORK_ORDER_CHANGED, WORK_ORDERS, type WorkOrderRowData } from '../graphql/work-orders';
import { Link, navigate, useLocation, useTitle } from '../router';

type ListData = { workOrders: { edges: Array<{ node: WorkOrderRowData }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

const OPEN = ['PENDING', 'SCHEDULED', 'IN_PROGRESS'];

export function WorkOrdersPage({ me }: { me: Me }) {
  useTitle('Work orders');
  const { query } = useLocation();
  const statuses = query.get('status')?.split(',').filter(Boolean) ?? OPEN;
  const priority = query.get('priority') ?? '';
  const locationId = query.get('location') ?? '';
  const mine = query.get('mine') === '1';
  const orderBy = query.get('order') === 'PRIORITY' ? 'PRIORITY' : 'SCHEDULED_START';
  const [q, setQ] = useState(query.get('q') ?? '');
  const term = useDebounced(q.trim());

  const set = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v) params.set(k, v);
      else params.delete(k);
    }
    navigate(`/work-orders${params.size ? `?${params}` : ''}`, { replace: true });
  };
  const toggleStatus = (s: string) => {
    const next = statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s];
    set({ status: next.join(',') || 'none' });
  };

  const filter = {
    status: statuses.filter((s) => s !== 'none'),
    priority: priority ? [priority] : null,
    locationId: locationId || null,
    technicianId: mine ? me.id : null,
    q: term || null,
  };
  const { data, error, loading, fetchMore, refetch } = useQuery<ListData>(WORK_ORDERS, { variables: { filter, orderBy } });

  // New and changed orders show up without reloading.
  useSubscription<{ workOrderChanged: { kind: string; workOrderId: string } }>(WORK_ORDER_CHANGED, {
    variables: { locationId: locationId || null, technicianId: mine ? me.id : null },
    onData: ({ data: d }) => {
      if (d.data?.workOrderChanged?.kind === 'CREATED') void refetch();
    },
  });

  const rows = data?.workOrders.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <h1>Work orders</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="grow">
          Search
          <input
            type="search"
            value={q}
            placeholder="Code, description, location, asset"
            onChange={(e) => {
              setQ(e.target.value);
              set({ q: e.target.value });
            }}
          />
        </label>
        <CatalogueFilters categoryId="" locationId={locationId} showCategory={false} onChange={(n) => set({ location: n.locationId ?? null })} />
        <label>
          Priority
          <select value={priority} onChange={(e) => set({ priority: e.target.value })}>
            <option value="">Any</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>{p.toLowerCase()}</option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select value={orderBy} onChange={(e) => set({ order: e.target.value === 'PRIORITY' ? 'PRIORITY' : null })}>
            <option value="SCHEDULED_START">Scheduled start</option>
            <option value="PRIORITY">Priority</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={mine} onChange={(e) => set({ mine: e.target.checked ? '1' : null })} /> Assigned to me
        </label>
        <fieldset className="chips">
          {STATUSES.map((s) => (
            <label key={s} className={`chip${statuses.includes(s) ? ' on' : ''}`}>
              <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggleStatus(s)} /> {s.replace('_', ' ').toLowerCase()}
            </label>
          ))}
        </fieldset>
      </form>
      <ErrorBox error={error} />
      {loading && !data && <p className="muted">Loading…</p>}
      <ul className="list" data-testid="work-order-list">
        {rows.map((w) => (
          <li key={w.id}>
            <Link to={`/work-orders/${w.id}`} className="row">
              <span className="title">{w.code}</span>
              <span className="grow">{w.shortDescription}</span>
              <span className="muted">{w.location.name}</span>
              <span className="muted">{w.scheduledStart ? new Date(w.scheduledStart).toLocaleString() : 'unscheduled'}</span>
              <Badge value={w.priority} />
              <Badge value={w.status} />
            </Link>
          </li>
        ))}
      </ul>
      {data && rows.length === 0 && <p className="muted">No work orders match.</p>}
      {data?.workOrders.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() =>
            fetchMore({
              variables: { after: data.workOrders.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                workOrders: { ...fetchMoreResult.workOrders, edges: [...prev.workOrders.edges, ...fetchMoreResult.workOrders.edges] },
              }),
            })
          }
        >
          More
        </button>
      )}
    </div>
  );
}
