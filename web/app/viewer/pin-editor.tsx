import { useEffect, useState } from 'react';
import { OpenWorkOrders } from '../assets/open-work-orders';
import type { Pin } from '../graphql/viewers';
import { Link } from '../router';

export type PinEdits = { color: string; note: string; width: number; height: number };

/** The selected pin: its asset and open work orders, and its color, note and area size. */
export function PinEditor(props: { pin: Pin; busy: boolean; onSave: (edits: PinEdits) => void; onDelete: () => void; onClose: () => void }) {
  const { pin } = props;
  const [edits, setEdits] = useState<PinEdits>({ color: pin.color, note: pin.note, width: pin.width, height: pin.height });
  useEffect(() => setEdits({ color: pin.color, note: pin.note, width: pin.width, height: pin.height }), [pin.id, pin.color, pin.note, pin.width, pin.height]);
  return (
    <section className="panel" data-testid="pin-editor">
      <header className="panel-head">
        <h2>{pin.label}</h2>
        <button type="button" className="link" onClick={props.onClose} aria-label="Close">✕</button>
      </header>
      {pin.asset && (
        <p>
          <Link to={`/assets/${pin.asset.id}`}>{pin.asset.name}</Link> <span className="muted">#{pin.asset.internalCode} · {pin.asset.state.toLowerCase()}</span>
        </p>
      )}
      {pin.location && <p className="muted">Zone: {pin.location.name}</p>}
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave(edits);
        }}
      >
        <div className="inline">
          <label>
            Color
            <input type="color" value={edits.color} onChange={(e) => setEdits({ ...edits, color: e.target.value })} />
          </label>
          <label>
            Area width
            <input type="number" min={0} step="any" value={edits.width} onChange={(e) => setEdits({ ...edits, width: Number(e.target.value) })} />
          </label>
          <label>
            Area height
            <input type="number" min={0} step="any" value={edits.height} onChange={(e) => setEdits({ ...edits, height: Number(e.target.value) })} />
          </label>
        </div>
        <label>
          Note
          <textarea rows={3} value={edits.note} onChange={(e) => setEdits({ ...edits, note: e.target.value })} />
        </label>
        <div className="inline">
          <button type="submit" disabled={props.busy}>Save</button>
          <button
            type="button"
            className="danger"
            disabled={props.busy}
            onClick={() => {
              if (confirm(`Delete the pin of ${pin.label}?`)) props.onDelete();
            }}
          >
            Delete
          </button>
        </div>
      </form>
      <p className="muted small">Drag the pin on the plan to move it. Width and height 0 make a point pin.</p>
      {pin.asset && (
        <>
          <h3>Open work orders</h3>
          <OpenWorkOrders assetId={pin.asset.id} />
        </>
      )}
    </section>
  );
}
