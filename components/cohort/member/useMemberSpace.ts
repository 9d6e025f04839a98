'use client';
import { useLocale } from 'next-intl';
import { useCallback, useRef, useState } from 'react';
import { forgetCredential, seats } from '../../../lib/client/credentials';
import { request, type LiveClientSocket } from '../../../lib/client/live-socket';
import type { MemberView } from '../../../lib/cohort/views';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { Locale } from '../../../lib/quiz/types';
import { useCredentialReady } from '../../quiz/useCredentialReady';
import { useLiveConnection } from '../../quiz/useLiveConnection';
import { useLiveRoundPull } from './useLiveRoundPull';

/** Why a member page cannot show the space: no secret on this device, the space is gone, or an error. */
export type SpaceProblem = { kind: 'no-secret' } | { kind: 'deleted' } | { kind: 'error'; code: ErrorCode };

/**
 * A member's connection to their cohort space: binds the socket with the member secret, which
 * the handshake carries in an HttpOnly cookie (again
 * after every reconnection), keeps the latest MemberView, and pulls the member into a live round
 * the facilitator starts. Every member page uses it, so the pull works wherever they are.
 */
export function useMemberSpace(cohortId: string) {
  const locale = useLocale() as Locale;
  const [view, setView] = useState<MemberView | null>(null);
  const [problem, setProblem] = useState<SpaceProblem | null>(null);
  const [binding, setBinding] = useState(0);
  const pull = useLiveRoundPull(locale);
  const pullRef = useRef(pull);
  pullRef.current = pull;
  const viewRef = useRef(view);
  viewRef.current = view;

  const ready = useCredentialReady('member', cohortId);

  const { socket, status, fatal } = useLiveConnection((s: LiveClientSocket) => {
    s.off('cohort:member-state').on('cohort:member-state', (next) => {
      if (next.cohort.id === cohortId) setView(next);
    });
    s.off('cohort:live').on('cohort:live', ({ cohortId: id, code }) => {
      if (id === cohortId) void pullRef.current.join(s, code, viewRef.current?.me.name ?? '');
    });
    s.off('cohort:deleted').on('cohort:deleted', ({ cohortId: id }) => {
      if (id !== cohortId) return;
      void forgetCredential('member', cohortId);
      setProblem({ kind: 'deleted' });
    });
    void request(s, 'cohort:member', { cohortId, locale }).then((r) => {
      if (!r.ok) {
        // Refused: this browser has no member cookie for the space (or one that is no longer valid).
        if (r.error.code === 'NOT_AUTHORIZED') return setProblem({ kind: 'no-secret' });
        if (r.error.code === 'NOT_FOUND') void forgetCredential('member', cohortId);
        return setProblem({ kind: 'error', code: r.error.code });
      }
      setView(r.data);
      setBinding((b) => b + 1);
      // A round that started while this device was away: join it, unless this device already did.
      const round = r.data.liveRound;
      if (round && !seats.has('player', round.code)) void pullRef.current.join(s, round.code, r.data.me.name);
    });
  }, ready);

  const markRead = useCallback(
    async (cardId: string) => {
      if (!socket) return { ok: false as const, code: 'network' as const };
      const r = await request(socket, 'cohort:card', { cohortId, cardId });
      if (!r.ok) return { ok: false as const, code: r.error.code };
      setView(r.data);
      return { ok: true as const };
    },
    [socket, cohortId],
  );

  const markSeen = useCallback(
    async (replyIds: string[]) => {
      if (!socket || replyIds.length === 0) return;
      const r = await request(socket, 'cohort:seen', { cohortId, replyIds });
      if (r.ok) setView(r.data);
    },
    [socket, cohortId],
  );

  return { view, setView, socket, status, binding, problem: problem ?? (fatal ? ({ kind: 'error', code: fatal } as const) : null), pull, markRead, markSeen, locale };
}

export type MemberSpace = ReturnType<typeof useMemberSpace>;
