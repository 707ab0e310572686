import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorBox } from '../errors';
import type { AssetRow } from '../graphql/catalogue';
import { DELETE_PIN, PINS_CHANGED, SAVE_PIN, VIEWER, type Pin, type ViewerData } from '../graphql/viewers';
import { Link, useLocation, useTitle } from '../router';
import { AssetPicker } from '../viewer/asset-picker';
import { applyPinChange } from '../viewer/pin-cache';
import { PinEditor, type PinEdits } from '../viewer/pin-editor';
import { PlanCanvas } from '../viewer/plan-canvas';

type PinsChanged = { pinsChanged: { kind: 'SAVED' | 'DELETED'; viewerId: string; pinId: string; pin: Pin | null } };

export function ViewerPage({ id }: { id: string }) {
  const { query } = useLocation();
  const client = useApolloClient();
  const { data, error, loading } = useQuery<ViewerData>(VIEWER, { variables: { id } });
  const [selectedId, setSelectedId] = useState<string | null>(query.get('pin'));
  const [placing, setPlacing] = useState<AssetRow | null>(null);
  const [newColor, setNewColor] = useState('#E53935');
  const [newNote, setNewNote] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [savePin, saving] = useMutation<{ savePin: Pin }>(SAVE_PIN);
  const [deletePin, deleting] = useMutation<{ deletePin: string }>(DELETE_PIN);

  // Pins saved or deleted by anyone (this tab included) arrive here and update the plan.
  const live = useSubscription<PinsChanged>(PINS_CHANGED, {
    variables: { viewerId: id },
    onData: ({ data: d }) => {
      const change = d.data?.pinsChanged;
      if (change) applyPinChange(client.cache, id, change);
    },
  });

  const viewer = data?.viewer;
  useTitle(viewer?.name ?? 'Floor plan');
  const pins = viewer?.pins ?? [];
  const selected = pins.find((p) => p.id === selectedId) ?? null;
  const plan = viewer?.floorPlan;
  const size = plan?.width && plan?.height ? { width: plan.width, height: plan.height } : null;

  const run = async (work: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await work();
    } catch (err) {
      setActionError(err);
    }
  };

  const place = (x: number, y: number) =>
    run(async () => {
      const res = await savePin({ variables: { input: { viewerId: id, assetId: placing!.id, x, y, color: newColor, note: newNote } } });
      const pin = res.data!.savePin;
      applyPinChange(client.cache, id, { kind: 'SAVED', pinId: pin.id, pin });
      setPlacing(null);
      setNewNote('');
      setSelectedId(pin.id);
    });

  const move = (pin: Pin, x: number, y: number) => run(() => savePin({ variables: { input: { id: pin.id, viewerId: id, x, y } } }));

  const save = (pin: Pin, e: PinEdits) =>
    run(() => savePin({ variables: { input: { id: pin.id, viewerId: id, x: pin.x, y: pin.y, color: e.color, note: e.note, width: e.width, height: e.height } } }));

  const remove = (pin: Pin) =>
    run(async () => {
      await deletePin({ variables: { id: pin.id } });
      applyPinChange(client.cache, id, { kind: 'DELETED', pinId: pin.id, pin: null });
      setSelectedId(null);
    });

  return (
    <div className="page viewer-page">
      <p>
        <Link to="/plans">← Floor plans</Link>
      </p>
      <ErrorBox error={error} />
      {loading && !data && <p className="muted">Loading…</p>}
      {viewer && (
        <>
          <h1>
            {viewer.name} <span className="muted small">{plan?.name}</span>
          </h1>
          <ErrorBox error={live.error} />
          <div className="viewer-layout">
            <div className="plan-wrap">
              {placing && (
                <p className="hint" data-testid="placing-hint">
                  Tap the plan to place <b>{placing.name}</b>.{' '}
                  <button type="button" className="link" onClick={() => setPlacing(null)}>Cancel</button>
                </p>
              )}
              <PlanCanvas
                imageUrl={plan?.imageUrl ?? null}
                size={size}
                pins={pins}
                selectedId={selectedId}
                placing={placing !== null}
                onSelect={(p) => setSelectedId(p?.id ?? null)}
                onMove={move}
                onPlace={place}
              />
              <p className="muted small" data-testid="pin-count">{pins.length === 1 ? '1 pin' : `${pins.length} pins`}</p>
            </div>
            <aside className="side">
              <ErrorBox error={actionError} onDismiss={() => setActionError(null)} />
              {selected ? (
                <PinEditor
                  pin={selected}
                  busy={saving.loading || deleting.loading}
                  onSave={(e) => save(selected, e)}
                  onDelete={() => remove(selected)}
                  onClose={() => setSelectedId(null)}
                />
              ) : (
                <section className="panel">
                  <h2>New pin</h2>
                  <AssetPicker onPick={setPlacing} />
                  <div className="inline">
                    <label>
                      Color
                      <input type="color" value={newColor} onChange={(e) => setNewColor(e.target.value)} />
                    </label>
                    <label className="grow">
                      Note
                      <input value={newNote} onChange={(e) => setNewNote(e.target.value)} maxLength={2000} />
                    </label>
                  </div>
                  {placing && <p className="muted">Selected: {placing.name}</p>}
                </section>
              )}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
