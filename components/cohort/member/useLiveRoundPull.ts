'use client';
import { useCallback, useRef, useState } from 'react';
import { seats, storeCredential } from '../../../lib/client/credentials';
import { request, type LiveClientSocket } from '../../../lib/client/live-socket';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { Locale } from '../../../lib/quiz/types';
import { useRouter } from '../../../i18n/navigation';

/** What the pull is doing, for the live region: joining, or why it could not. */
export type PullState = { step: 'idle' } | { step: 'joining'; code: string } | { step: 'failed'; code: string; error: ErrorCode };

/**
 * Takes a member into the live round their facilitator started: straight to the game when this
 * device already has a seat in it, otherwise joins with the member's name over the
 * space's socket first. A taken nickname leaves the choice of another to the join page.
 */
export function useLiveRoundPull(locale: Locale) {
  const router = useRouter();
  const [state, setState] = useState<PullState>({ step: 'idle' });
  const busy = useRef<string | null>(null);

  const join = useCallback(
    async (socket: LiveClientSocket, code: string, nickname: string) => {
      if (busy.current === code) return;
      busy.current = code;
      setState({ step: 'joining', code });
      if (seats.has('player', code)) return router.push(`/play/${code}`);
      const r = await request(socket, 'player:join', { code, nickname, locale });
      // Into its HttpOnly cookie before the play page opens its own socket, which carries it.
      const stored = r.ok ? await storeCredential('player', code, r.data.playerSecret) : null;
      if (stored === 'stored') return router.push(`/play/${code}`);
      if (r.ok) {
        busy.current = null;
        return setState({ step: 'failed', code, error: 'INTERNAL' });
      }
      busy.current = null;
      if (r.error.code === 'NICKNAME_TAKEN' || r.error.code === 'INVALID_NICKNAME') return router.push({ pathname: '/join', query: { code } });
      setState({ step: 'failed', code, error: r.error.code });
    },
    [locale, router],
  );

  return { state, join };
}
