import type { ApolloCache } from '@apollo/client';
import { VIEWER, type Pin, type ViewerData } from '../graphql/viewers';

/** Puts a saved pin into the viewer's list (or replaces it), or removes a deleted one. */
export function applyPinChange(cache: ApolloCache, viewerId: string, change: { kind: 'SAVED' | 'DELETED'; pinId: string; pin: Pin | null }): void {
  cache.updateQuery<ViewerData>({ query: VIEWER, variables: { id: viewerId } }, (data) => {
    if (!data) return data;
    const others = data.viewer.pins.filter((p) => p.id !== change.pinId);
    const pins = change.kind === 'SAVED' && change.pin && change.pin.viewerId === viewerId ? [...others, change.pin] : others;
    if (pins.length === data.viewer.pins.length && change.kind === 'SAVED' && data.viewer.pins.some((p) => p.id === change.pinId)) {
      // Same pin, updated in place: keep the order.
      return { viewer: { ...data.viewer, pins: data.viewer.pins.map((p) => (p.id === change.pinId ? change.pin! : p)) } };
    }
    return { viewer: { ...data.viewer, pins } };
  });
}
