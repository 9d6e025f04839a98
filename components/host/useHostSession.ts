'use client';
import { useCallback, useState } from 'react';
import { forgetCredential } from '../../lib/client/credentials';
import { request } from '../../lib/client/live-socket';
import { clockOffset } from '../../lib/client/server-clock';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { HostCommandRequest } from '../../lib/protocol/schemas';
import type { Locale } from '../../lib/quiz/types';
import { withHostDelta, type HostDelta } from '../../lib/quiz/host-delta';
import type { HostView } from '../../lib/quiz/views';
import { useCredentialReady } from '../quiz/useCredentialReady';
import { useLiveConnection } from '../quiz/useLiveConnection';

/** The host's live view of a session and the commands that steer it. */
export function useHostSession(code: string, locale: Locale) {
  // false once the server says this browser holds no host credential for the session.
  const [hasSecret, setHasSecret] = useState<boolean | undefined>(undefined);
  const [view, setView] = useState<HostView | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const ready = useCredentialReady('host', code);

  const accept = useCallback((v: HostView) => {
    setView(v);
    setOffset(clockOffset(v.serverNow));
  }, []);

  // A delta is what changed in a burst (answers, joins); it needs the last whole view.
  const acceptDelta = useCallback((d: HostDelta) => {
    setView((v) => (v ? withHostDelta(v, d) : v));
    setOffset(clockOffset(d.serverNow));
  }, []);

  const { socket, status, fatal } = useLiveConnection((s) => {
    s.off('host:state').on('host:state', accept);
    s.off('host:delta').on('host:delta', acceptDelta);
    // No secret sent: the server reads it from the HttpOnly cookie of the handshake.
    void request(s, 'host:attach', { code, locale }).then((r) => {
      if (r.ok) {
        setHasSecret(true);
        return accept(r.data);
      }
      if (r.error.code === 'NOT_AUTHORIZED') {
        setHasSecret(false);
        void forgetCredential('host', code);
      }
      setError(r.error.code);
    });
  }, ready);

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

  return { view, offset, status, error: fatal ?? error, busy, command, hasSecret };
}
