import { useEffect, useState } from 'react';
import { wsClient } from './apollo';

/** Whether live updates are connected (the socket opens with the first subscription). */
export function LiveStatus() {
  const [state, setState] = useState<'idle' | 'live' | 'offline'>('idle');
  useEffect(() => {
    const offs = [
      wsClient.on('connected', () => setState('live')),
      wsClient.on('closed', () => setState('offline')),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  if (state === 'idle') return null;
  return <span className={`live ${state}`} title="Live updates" data-testid="live-status">{state === 'live' ? '● live' : '○ reconnecting'}</span>;
}
