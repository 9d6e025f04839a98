'use client';
import { useEffect, useRef, useState } from 'react';
import { connectLive, type LiveClientSocket } from '../../lib/client/live-socket';
import type { ErrorCode, ProtocolError } from '../../lib/protocol/errors';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

/**
 * One socket for the life of a page. `onConnect` runs on every (re)connection, so a phone
 * that slept or a flapping network re-identifies itself without the user noticing.
 */
export function useLiveConnection(onConnect: (socket: LiveClientSocket) => void, enabled: boolean) {
  const [socket, setSocket] = useState<LiveClientSocket | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [fatal, setFatal] = useState<ErrorCode | null>(null);
  const handler = useRef(onConnect);
  handler.current = onConnect;

  useEffect(() => {
    if (!enabled) return;
    const s = connectLive();
    setSocket(s);
    s.on('connect', () => {
      setStatus('online');
      handler.current(s);
    });
    s.on('disconnect', () => setStatus('offline'));
    // A deploy: the server stops taking events and closes; say "reconnecting" already.
    s.on('server:restarting', () => setStatus('offline'));
    s.on('connect_error', (error: Error & { data?: ProtocolError }) => {
      setStatus('offline');
      if (error.data?.code === 'PROTOCOL_MISMATCH') setFatal('PROTOCOL_MISMATCH');
    });
    return () => {
      s.removeAllListeners();
      s.disconnect();
    };
  }, [enabled]);

  return { socket, status, fatal };
}
