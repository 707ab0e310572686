import type { WorkOrderDetail } from './types';

export function History({ entries }: { entries: WorkOrderDetail['history'] }) {
  return (
    <section className="panel">
      <h2>History</h2>
      <ol className="plain history" data-testid="history">
        {entries.map((h) => (
          <li key={h.id}>
            <span className="muted">{new Date(h.at).toLocaleString()}</span> {h.fromStatus ? `${h.fromStatus} → ${h.toStatus}` : `created ${h.toStatus}`}
            {h.user && <span className="muted"> by {h.user.displayName}</span>}
            {h.reason && <span> · {h.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
