'use client';
import { useEffect, useState } from 'react';
import { migrateLegacySecret, type CredentialKind } from '../../lib/client/credentials';

/**
 * True once this browser's credential for `code` is where the socket will find it: in its
 * HttpOnly cookie, after moving over a secret an older version left in localStorage. The
 * socket waits for it, since the cookie travels only with the handshake that follows.
 */
export function useCredentialReady(kind: CredentialKind, code: string, enabled = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setReady(false);
    void migrateLegacySecret(kind, code).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [kind, code, enabled]);
  return ready;
}
