import { useRef, useState, type CSSProperties, type MouseEvent, type PointerEvent } from 'react';
import type { Pin } from '../graphql/viewers';

type Size = { width: number; height: number };

const DRAG_THRESHOLD_PX = 6;

/**
 * The plan image with its pins. Pins are placed in plan pixels and drawn in percent, so
 * the plan scales to any screen. Pointer events cover mouse, pen and touch: tap a pin to
 * select it, drag it to move it, tap the plan to place a new pin while placing.
 */
export function PlanCanvas(props: {
  imageUrl: string | null;
  size: Size | null;
  pins: Pin[];
  selectedId: string | null;
  placing: boolean;
  onSelect: (pin: Pin | null) => void;
  onMove: (pin: Pin, x: number, y: number) => void;
  onPlace: (x: number, y: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState<Size | null>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const start = useRef<{ id: string; clientX: number; clientY: number; x: number; y: number; moved: boolean } | null>(null);
  const size = props.size ?? natural;

  const scale = () => {
    const rect = box.current!.getBoundingClientRect();
    return { rect, sx: size!.width / rect.width, sy: size!.height / rect.height };
  };
  const clamp = (v: number, max: number) => Math.round(Math.min(Math.max(v, 0), max) * 10) / 10;

  const onPinDown = (e: PointerEvent<HTMLElement>, pin: Pin) => {
    if (!size) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { id: pin.id, clientX: e.clientX, clientY: e.clientY, x: pin.x, y: pin.y, moved: false };
  };
  const onPinMove = (e: PointerEvent<HTMLElement>) => {
    const s = start.current;
    if (!s || !size) return;
    const dx = e.clientX - s.clientX;
    const dy = e.clientY - s.clientY;
    if (!s.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    s.moved = true;
    const { sx, sy } = scale();
    setDrag({ id: s.id, x: clamp(s.x + dx * sx, size.width), y: clamp(s.y + dy * sy, size.height) });
  };
  const onPinUp = (e: PointerEvent<HTMLElement>, pin: Pin) => {
    const s = start.current;
    start.current = null;
    if (!s) return;
    e.stopPropagation();
    if (s.moved && drag) props.onMove(pin, drag.x, drag.y);
    else props.onSelect(pin);
    setDrag(null);
  };
  const onPinCancel = () => {
    start.current = null;
    setDrag(null);
  };

  const onPlanClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!size) return;
    if (!props.placing) {
      props.onSelect(null);
      return;
    }
    const { rect, sx, sy } = scale();
    props.onPlace(clamp((e.clientX - rect.left) * sx, size.width), clamp((e.clientY - rect.top) * sy, size.height));
  };

  return (
    <div
      ref={box}
      className={`plan${props.placing ? ' placing' : ''}`}
      onClick={onPlanClick}
      data-testid="plan"
      style={size ? { aspectRatio: `${size.width} / ${size.height}` } : undefined}
    >
      {props.imageUrl ? (
        <img
          src={props.imageUrl}
          alt="Floor plan"
          draggable={false}
          onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
        />
      ) : (
        <div className="noimage">This plan has no image yet.</div>
      )}
      {size &&
        props.pins.map((pin) => {
          const pos = drag?.id === pin.id ? drag : pin;
          const area = pin.width > 0 && pin.height > 0;
          const style = {
            left: `${(pos.x / size.width) * 100}%`,
            top: `${(pos.y / size.height) * 100}%`,
            ...(area ? { width: `${(pin.width / size.width) * 100}%`, height: `${(pin.height / size.height) * 100}%` } : {}),
            '--pin-color': pin.color,
          } as CSSProperties;
          return (
            <button
              key={pin.id}
              type="button"
              className={`pin ${area ? 'area' : 'point'}${props.selectedId === pin.id ? ' selected' : ''}${drag?.id === pin.id ? ' dragging' : ''}`}
              style={style}
              title={pin.note ? `${pin.label}: ${pin.note}` : pin.label}
              aria-label={pin.label}
              data-testid="pin"
              data-pin-id={pin.id}
              onPointerDown={(e) => onPinDown(e, pin)}
              onPointerMove={onPinMove}
              onPointerUp={(e) => onPinUp(e, pin)}
              onPointerCancel={onPinCancel}
              onClick={(e) => e.stopPropagation()}
            >
              <span className="pin-label">{pin.label}</span>
            </button>
          );
        })}
    </div>
  );
}
