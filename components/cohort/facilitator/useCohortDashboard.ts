'use client';
import { useCallback, useEffect, useState } from 'react';
import type { CohortDashboard } from '../../../lib/cohort/views';
import { cohortSecretKeys, request, secretStore, type LiveClientSocket } from '../../../lib/client/live-socket';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { LiveRoundSelection } from '../../../lib/protocol/schemas';
import type { ScoringMode } from '../../../lib/quiz/scoring';
import type { Locale } from '../../../lib/quiz/types';
import { useLiveConnection } from '../../quiz/useLiveConnection';

/** What an action of the dashboard came to: done, or refused with a code. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: ErrorCode };

/**
 * Takes the facilitator secret out of a "facilitator link" (`#key=<secret>`), keeps it on this
 * device and removes it from the address bar, so it does not linger in history or screenshots.
 */
function secretFromFragment(cohortId: string): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return null;
  const secret = decodeURIComponent(match[1]);
  secretStore.set(cohortSecretKeys.facilitator(cohortId), secret);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return secret;
}

/** The facilitator's live dashboard of one space, and the commands that change the space. */
export function useCohortDashboard(cohortId: string, locale: Locale) {
  // undefined while this device's storage has not been read yet (server render, first paint).
  const [secret, setSecret] = useState<string | null | undefined>(undefined);
  const [dashboard, setDashboard] = useState<CohortDashboard | null>(null);
  const [refused, setRefused] = useState<ErrorCode | null>(null);
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    setSecret(secretFromFragment(cohortId) ?? secretStore.get(cohortSecretKeys.facilitator(cohortId)));
  }, [cohortId]);

  const { socket, status, fatal } = useLiveConnection((s: LiveClientSocket) => {
    if (!secret) return;
    s.off('cohort:dashboard').on('cohort:dashboard', (view) => {
      if (view.cohort.id === cohortId) setDashboard(view);
    });
    s.off('cohort:deleted').on('cohort:deleted', (payload) => {
      if (payload.cohortId === cohortId) setDeleted(true);
    });
    // Sent again on every reconnection: the server forgets a socket's role when it drops.
    void request(s, 'cohort:facilitate', { cohortId, facilitatorSecret: secret, locale }).then((r) => {
      if (r.ok) {
        setRefused(null);
        setDashboard(r.data);
      } else setRefused(r.error.code);
    });
  }, Boolean(secret));

  const startLiveRound = useCallback(
    async (selection: LiveRoundSelection, scoring: ScoringMode): Promise<ActionResult<{ code: string }>> => {
      if (!socket) return { ok: false, code: 'INTERNAL' };
      const r = await request(socket, 'cohort:live-round', { cohortId, selection, scoring });
      if (!r.ok) return { ok: false, code: r.error.code };
      // The host console finds its secret here, as after opening a session from /host.
      secretStore.set(secretStore.host(r.data.code), r.data.hostSecret);
      return { ok: true, data: { code: r.data.code } };
    },
    [socket, cohortId],
  );

  const close = useCallback(async (): Promise<ActionResult> => {
    if (!socket) return { ok: false, code: 'INTERNAL' };
    const r = await request(socket, 'cohort:close', { cohortId });
    if (!r.ok) return { ok: false, code: r.error.code };
    setDashboard(r.data);
    return { ok: true, data: undefined };
  }, [socket, cohortId]);

  const remove = useCallback(async (): Promise<ActionResult> => {
    if (!socket) return { ok: false, code: 'INTERNAL' };
    const r = await request(socket, 'cohort:delete', { cohortId });
    if (!r.ok) return { ok: false, code: r.error.code };
    secretStore.remove(cohortSecretKeys.facilitator(cohortId));
    return { ok: true, data: undefined };
  }, [socket, cohortId]);

  return {
    /** undefined until this device's storage is read; null when it holds no secret for the space. */
    secret,
    dashboard,
    status,
    /** Why the server would not open the dashboard (a wrong or stale secret, a space that is gone). */
    refused: fatal ?? refused,
    deleted,
    startLiveRound,
    close,
    remove,
  };
}
