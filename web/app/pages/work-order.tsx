import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Badge } from '../assets/state-badge';
import { ErrorBox } from '../errors';
import { CHANGE_STATUS, NEXT_STATUSES, WORK_ORDER } from '../graphql/work-orders';
import { Link, useTitle } from '../router';
import { CloseForm } from '../work-orders/close-form';
import { History } from '../work-orders/history';
import type { WorkOrderDetail } from '../work-orders/types';

export function WorkOrderPage({ id }: { id: string }) {
  const { data, error } = useQuery<{ workOrder: WorkOrderDetail }>(WORK_ORDER, { variables: { id } });
  const [changeStatus, changing] = useMutation(CHANGE_STATUS);
  const [reason, setReason] = useState('');
  const [closing, setClosing] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const w = data?.workOrder;
  useTitle(w?.code ?? 'Work order');

  const move = async (status: string) => {
    setActionError(null);
    try {
      await changeStatus({ variables: { id, status, version: w!.version, reason: reason || null } });
      setReason('');
    } catch (err) {
      setActionError(err);
    }
  };

  return (
    <div className="page">
      <p><Link to="/work-orders">← Work orders</Link></p>
      <ErrorBox error={error} />
      {w && (
        <>
          <h1>
            {w.code} <Badge value={w.status} /> <Badge value={w.priority} />
          </h1>
          <p className="lead">{w.shortDescription}</p>
          <dl className="facts">
            <dt>Type</dt><dd>{w.type.toLowerCase()}</dd>
            <dt>Location</dt><dd>{w.locationPath}</dd>
            <dt>Scheduled</dt><dd>{w.scheduledStart ? new Date(w.scheduledStart).toLocaleString() : '—'}{w.scheduledEnd ? ` → ${new Date(w.scheduledEnd).toLocaleString()}` : ''}</dd>
            <dt>Technician</dt><dd>{w.technician?.displayName ?? '—'}</dd>
            <dt>Supervisor</dt><dd>{w.supervisor?.displayName ?? '—'}</dd>
            <dt>Crew</dt><dd>{w.crew.map((c) => c.displayName).join(', ') || '—'}</dd>
            <dt>Assets</dt>
            <dd>{w.assets.length ? w.assets.map((a, i) => <span key={a.id}>{i > 0 && ', '}<Link to={`/assets/${a.id}`}>{a.name}</Link></span>) : '—'}</dd>
            <dt>Routine</dt><dd>{w.routine ? `${w.routine.code} ${w.routine.name}` : '—'}</dd>
            <dt>Equipment stopped</dt><dd>{w.equipmentStopped ? 'yes' : 'no'}</dd>
            <dt>Description</dt><dd className="pre">{w.description || '—'}</dd>
            <dt>Notes</dt><dd className="pre">{w.notes || '—'}</dd>
          </dl>

          <section className="panel">
            <h2>Status</h2>
            <ErrorBox error={actionError} onDismiss={() => setActionError(null)} />
            <div className="inline">
              <label className="grow">
                Reason (optional)
                <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
              </label>
            </div>
            <div className="inline" data-testid="status-actions">
              {(NEXT_STATUSES[w.status] ?? []).map((s) => (
                <button key={s} type="button" disabled={changing.loading} onClick={() => move(s)} className={s === 'CANCELLED' ? 'danger' : ''}>
                  {s === 'IN_PROGRESS' && w.status === 'COMPLETED' ? 'Reopen' : `Mark ${s.replace('_', ' ').toLowerCase()}`}
                </button>
              ))}
              {w.status === 'IN_PROGRESS' && (
                <button type="button" onClick={() => setClosing(true)}>Close with checklist…</button>
              )}
            </div>
          </section>

          {closing && w.status === 'IN_PROGRESS' && <CloseForm order={w} onDone={() => setClosing(false)} />}

          {w.closure && (
            <section className="panel">
              <h2>Closure</h2>
              <dl className="facts">
                <dt>Worked</dt><dd>{new Date(w.closure.actualStart).toLocaleString()} → {new Date(w.closure.actualEnd).toLocaleString()}</dd>
                <dt>Man-hours</dt><dd>{w.closure.manHours}</dd>
                <dt>Comments</dt><dd className="pre">{w.closure.comments}</dd>
                <dt>Materials</dt><dd className="pre">{w.closure.materials || '—'}</dd>
                <dt>Closed by</dt><dd>{w.closure.closedBy?.displayName ?? '—'}</dd>
              </dl>
            </section>
          )}
          <History entries={w.history} />
        </>
      )}
    </div>
  );
}
