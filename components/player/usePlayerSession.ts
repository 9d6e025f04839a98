'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetCredential } from '../../lib/client/credentials';
import { request } from '../../lib/client/live-socket';
import { clockOffset } from '../../lib/client/server-clock';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { Answer, Locale } from '../../lib/quiz/types';
import { withRound, type OwnView, type RoundView } from '../../lib/quiz/round-view';
import type { PlayerView } from '../../lib/quiz/views';
import { useCredentialReady } from '../quiz/useCredentialReady';
import { useLiveConnection } from '../quiz/useLiveConnection';

/**
 * A player's live view, kept across reconnections by the participant secret (in an HttpOnly
 * cookie). `initialView` is the one the server rendered into the page, if any: shown at once,
 * answerable only once the socket has confirmed the seat (`synced`).
 */
export function usePlayerSession(code: string, locale: Locale, initialView: PlayerView | null = null) {
  const [view, setView] = useState<PlayerView | null>(initialView);
  const [synced, setSynced] = useState(false);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [fatalError, setFatalError] = useState<ErrorCode | null>(null);
  const [removed, setRemoved] = useState(false);
  const [sending, setSending] = useState(false);

  const ready = useCredentialReady('player', code);

  // The page's HTML may have taken a while to arrive, so this offset is rough (it errs
  // towards less time left); the socket's first view replaces it. Set after hydration, so
  // the first render matches the server's.
  useEffect(() => {
    if (initialView) setOffset(clockOffset(initialView.serverNow));
  }, [initialView]);

  const accept = useCallback((v: PlayerView) => {
    setView(v);
    setSynced(true);
    setOffset(clockOffset(v.serverNow));
  }, []);

  // From a question's close on, this player's own part (result, score, rank) comes just
  // before the round it belongs to: kept here, not shown alone.
  const pendingOwn = useRef<OwnView | null>(null);
  const acceptOwn = useCallback((o: OwnView) => {
    pendingOwn.current = o;
  }, []);

  // A round is the shared part of everyone's new view; it needs this player's last one.
  const acceptRound = useCallback((r: RoundView) => {
    // Taken out of the ref here, not in the updater: React may run an updater twice.
    const own = pendingOwn.current;
    pendingOwn.current = null;
    setView((v) => (v ? withRound(v, r, own) : v));
    setOffset(clockOffset(r.serverNow));
  }, []);

  const { socket, status, fatal } = useLiveConnection((s) => {
    s.off('player:state').on('player:state', accept);
    s.off('player:own').on('player:own', acceptOwn);
    s.off('player:round').on('player:round', acceptRound);
    s.off('player:removed').on('player:removed', () => setRemoved(true));
    // The page's language is the player's language: opening /pt/play/... switches it.
    // No secret sent: the server reads it from the HttpOnly cookie of the handshake.
    void request(s, 'player:resume', { code, locale }).then((r) => {
      if (r.ok) return accept(r.data);
      if (r.error.code === 'PLAYER_REMOVED') return setRemoved(true);
      if (r.error.code === 'UNKNOWN_PLAYER' || r.error.code === 'NOT_FOUND') void forgetCredential('player', code);
      setFatalError(r.error.code);
    });
  }, ready && !removed);

  const submit = useCallback(
    async (answer: Answer) => {
      if (!socket || !view) return;
      setSending(true);
      const r = await request(socket, 'answer:submit', { code, questionIndex: view.questionIndex, answer });
      setSending(false);
      if (r.ok) {
        setError(null);
        setView((v) => (v && v.questionIndex === r.data.questionIndex ? { ...v, myAnswer: v.myAnswer ?? answer } : v));
      } else setError(r.error.code);
    },
    [socket, view, code],
  );

  return { view, synced, offset, status, error, fatalError: fatal ?? fatalError, removed, sending, submit };
}
