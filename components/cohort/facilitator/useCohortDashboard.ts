'use client';
import { useCallback, useEffect, useState } from 'react';
import type { CohortDashboard } from '../../../lib/cohort/views';
import { facilitatorKeyInMemory, forgetCredential, migrateLegacySecret, storeCredential, takeKeyFromFragment } from '../../../lib/client/credentials';
import { request, type LiveClientSocket } from '../../../lib/client/live-socket';
import type { ErrorCode } from '../../../lib/protocol/errors';
import type { LiveRoundSelection } from '../../../lib/protocol/schemas';
import type { ScoringMode } from '../../../lib/quiz/scoring';
import type { Locale } from '../../../lib/quiz/types';
import { useLiveConnection } from '../../quiz/useLiveConnection';

/** What an action of the dashboard came to: done, or refused with a code. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: ErrorCode };

/** How the page arrived: with a facilitator link's key or not, and whether the server took the key. */
interface Arrival {
  /** The key of this page's facilitator link, in memory only, to show the link again. */
  key: string | null;
  /** A facilitator link's key that the server refused (a wrong or mistyped link). */
  keyRefused: boolean;
}

/**
 * Before the socket opens: the key of a facilitator link (`#key=<secret>`, taken out of the
 * address bar) or a secret an older version stored goes into the HttpOnly facilitator cookie.
 */
async function arrive(cohortId: string): Promise<Arrival> {
  const fromLink = takeKeyFromFragment();
  if (!fromLink) {
    await migrateLegacySecret('facilitator', cohortId);
    return { key: facilitatorKeyInMemory.get(cohortId), keyRefused: false };
  }
  const outcome = await storeCredential('facilitator', cohortId, fromLink);
  if (outcome === 'stored') facilitatorKeyInMemory.keep(cohortId, fromLink);
  return { key: facilitatorKeyInMemory.get(cohortId), keyRefused: outcome === 'refused' };
}

/** The facilitator's live dashboard of one space, and the commands that change the space. */
export function useCohortDashboard(cohortId: string, locale: Locale) {
  // undefined until the cookie is in place (server render, first paint, the link's key being checked).
  const [arrival, setArrival] = useState<Arrival | undefined>(undefined);
  const [dashboard, setDashboard] = useState<CohortDashboard | null>(null);
  const [refused, setRefused] = useState<ErrorCode | null>(null);
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    let live = true;
    void arrive(cohortId).then((a) => live && setArrival(a));
    return () => {
      live = false;
    };
  }, [cohortId]);

  const { socket, status, fatal } = useLiveConnection((s: LiveClientSocket) => {
    s.off('cohort:dashboard').on('cohort:dashboard', (view) => {
      if (view.cohort.id === cohortId) setDashboard(view);
    });
    s.off('cohort:deleted').on('cohort:deleted', (payload) => {
      if (payload.cohortId === cohortId) setDeleted(true);
    });
    // Sent again on every reconnection: the server forgets a socket's role when it drops.
    // No secret: the server reads the HttpOnly cookie of the handshake.
    void request(s, 'cohort:facilitate', { cohortId, locale }).then((r) => {
      if (r.ok) {
        setRefused(null);
        setDashboard(r.data);
      } else setRefused(r.error.code);
    });
  }, arrival !== undefined);

  const startLiveRound = useCallback(
    async (selection: LiveRoundSelection, scoring: ScoringMode): Promise<ActionResult<{ code: string }>> => {
      if (!socket) return { ok: false, code: 'INTERNAL' };
      const r = await request(socket, 'cohort:live-round', { cohortId, selection, scoring });
      if (!r.ok) return { ok: false, code: r.error.code };
      // Into the host's HttpOnly cookie before the host console opens its socket, which carries it.
      if ((await storeCredential('host', r.data.code, r.data.hostSecret)) !== 'stored') return { ok: false, code: 'INTERNAL' };
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
    facilitatorKeyInMemory.forget(cohortId);
    await forgetCredential('facilitator', cohortId);
    return { ok: true, data: undefined };
  }, [socket, cohortId]);

  return {
    /** False until the facilitator cookie is in place (after a link's key or an old stored secret is checked). */
    ready: arrival !== undefined,
    /** The facilitator key when this page holds it (just created, or opened by the link); null otherwise. */
    facilitatorKey: arrival?.key ?? null,
    keyRefused: arrival?.keyRefused ?? false,
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
