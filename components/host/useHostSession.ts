'use client';
import { useCallback, useEffect, useState } from 'react';
import { request, secretStore } from '../../lib/client/live-socket';
import { clockOffset } from '../../lib/client/server-clock';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { HostCommandRequest } from '../../lib/protocol/schemas';
import type { Locale } from '../../lib/quiz/types';
import type { HostView } from '../../lib/quiz/views';
import { useLiveConnection } from '../quiz/useLiveConnection';

/** The host's live view of a session and the commands that steer it. */
export function useHostSession(code: string, locale: Locale) {
  const [secret, setSecret] = useState<string | null | undefined>(undefined);
  const [view, setView] = useState<HostView | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setSecret(secretStore.get(secretStore.host(code))), [code]);

  const accept = useCallback((v: HostView) => {
    setView(v);
    setOffset(clockOffset(v.serverNow));
  }, []);

  const { socket, status, fatal } = useLiveConnection((s) => {
    s.off('host:state').on('host:state', accept);
    void request(s, 'host:attach', { code, hostSecret: secret!, locale }).then((r) => (r.ok ? accept(r.data) : setError(r.error.code)));
  }, Boolean(secret));

  const command = useCallback(
    /** Resolves true when the server accepted the command. */
    async (cmd: HostCommandRequest): Promise<boolean> => {
      if (!socket) return false;
      setBusy(true);
      const r = await request(socket, 'host:command', { code, command: cmd });
      setBusy(false);
      if (r.ok) {
        setError(null);
        accept(r.data);
      } else setError(r.error.code);
      return r.ok;
    },
    [socket, code, accept],
  );

  return { view, offset, status, error: fatal ?? error, busy, command, hasSecret: secret === undefined ? undefined : Boolean(secret), secret };
}
