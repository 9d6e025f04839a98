'use client';
import { useCallback, useEffect, useState } from 'react';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import { isComplete, place, type Placements } from '../../lib/learn/placements';
import type { ErrorCode } from '../../lib/protocol/errors';
import type { PublicQuestion } from '../../lib/quiz/display';
import type { Answer } from '../../lib/quiz/types';
import type { HostView, PlayerView } from '../../lib/quiz/views';

/** The live session as the board's socket sees it: the host's view or this player's. */
export type LiveView = HostView | PlayerView;

export type SubmitAnswer = (answer: Answer) => Promise<{ ok: true } | { ok: false; code: ErrorCode }>;

const ON_A_DIAGRAM = new Set<PublicQuestion['type']>(['hotspot', 'labelling']);

/** The current question when it is answered on a diagram (hotspot, labelling), else null. */
export function diagramQuestion(live: LiveView | null): PublicQuestion | null {
  const question = live?.question ?? null;
  if (!question || !question.diagramId || !ON_A_DIAGRAM.has(question.type)) return null;
  if (live!.phase !== 'question' && live!.phase !== 'reveal' && live!.phase !== 'leaderboard') return null;
  return question;
}

/**
 * A player's answer to the live question, chosen on the board: a region (hotspot) or a label
 * per marker (labelling). It lives in this browser only (never in the shared document, never
 * in presence) until it is sent with answer:submit, like the play page's.
 */
export function useBoardAnswer(live: LiveView | null, diagramId: DiagramId, submit: SubmitAnswer) {
  const question = diagramQuestion(live);
  const key = question ? `${question.index}:${question.id}` : '';
  const here = question?.diagramId === diagramId;
  const player = live?.role === 'player' ? live : null;
  const canAnswer = Boolean(player && here && live?.phase === 'question' && !player.myAnswer);

  const [on, setOn] = useState(true);
  const [picked, setPicked] = useState<{ regionId: RegionId; x: number; y: number } | null>(null);
  const [placements, setPlacements] = useState<Placements>({});
  const [label, setLabel] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  // A new question starts afresh, in answer mode.
  useEffect(() => {
    setOn(true);
    setPicked(null);
    setPlacements({});
    setLabel(null);
    setError(null);
  }, [key]);

  const answering = canAnswer && on;

  /** A region tapped on the diagram (or a marker, for labelling) while answering. */
  const pickRegion = useCallback(
    (regionId: RegionId, point: { x: number; y: number }) => {
      if (!question) return;
      if (question.type === 'hotspot') setPicked({ regionId, x: point.x, y: point.y });
      else if (question.type === 'labelling' && label && question.slots.includes(regionId)) {
        setPlacements((p) => place(p, regionId, label));
        setLabel(null);
      }
    },
    [question, label],
  );

  const ready = question?.type === 'hotspot' ? picked !== null : question?.type === 'labelling' ? isComplete(placements, question.slots) : false;

  const send = useCallback(async () => {
    if (!question || !ready || sending) return;
    const answer: Answer | null =
      question.type === 'hotspot' && picked ? { type: 'hotspot', regionId: picked.regionId, x: picked.x, y: picked.y } : question.type === 'labelling' ? { type: 'labelling', placements } : null;
    if (!answer) return;
    setSending(true);
    const r = await submit(answer);
    setSending(false);
    setError(r.ok ? null : r.code);
  }, [question, ready, sending, picked, placements, submit]);

  return { question, here, player, canAnswer, answering, setOn, on, picked, pickRegion, placements, setPlacements, label, setLabel, ready, sending, send, error };
}

export type BoardAnswer = ReturnType<typeof useBoardAnswer>;
