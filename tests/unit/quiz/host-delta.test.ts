import { describe, expect, it } from 'vitest';
import { withHostDelta } from '../../../lib/quiz/host-delta';
import type { SessionEvent, SessionState } from '../../../lib/quiz/machine';
import { hostDelta, hostParticipants, hostView, type HostParticipant, type HostView } from '../../../lib/quiz/views';
import { QUIZ, RIGHT, WRONG, answerEvent, apply, hostEvent, joinEvent, newSession } from './helpers';

/**
 * The server sends the host a whole view on a phase change or a host command, and within a
 * phase only what changed (a delta against the roster it sent last: server/live/live-handlers.ts
 * `emitHost`). A projector that merges every delta into its last view must show exactly the
 * whole view the server would have sent.
 */
type Step = [SessionEvent | { connect: string } | { disconnect: string }, number];

function play(script: Step[]): { deltas: number; sizes: { whole: number; delta: number }[] } {
  let state = newSession(0);
  const connected = new Set<string>();
  let screen = null as HostView | null;
  let sent = null as { step: string; roster: Map<string, HostParticipant> } | null;
  let deltas = 0;
  const sizes: { whole: number; delta: number }[] = [];
  for (const [what, now] of script) {
    let immediate: boolean;
    if ('connect' in what) {
      connected.add(what.connect);
      immediate = false;
    } else if ('disconnect' in what) {
      connected.delete(what.disconnect);
      immediate = false;
    } else {
      const previous = state;
      state = apply(state, what, now);
      const samePhase = state.phase === previous.phase && state.questionIndex === previous.questionIndex;
      immediate = !((what.type === 'answer' || what.type === 'join' || what.type === 'setLocale') && samePhase);
    }
    const whole = hostView(state, QUIZ, 'en', now, connected);
    const roster = hostParticipants(state, connected);
    const step = `${state.phase}:${state.questionIndex}`;
    if (!immediate && sent?.step === step && screen) {
      const delta = hostDelta(state, QUIZ, now, roster, sent.roster);
      screen = withHostDelta(screen, delta);
      deltas++;
      sizes.push({ whole: JSON.stringify(whole).length, delta: JSON.stringify(delta).length });
    } else screen = whole;
    sent = { step, roster: new Map(roster.map((p) => [p.id, p])) };
    expect(screen).toEqual(whole);
  }
  return { deltas, sizes };
}

describe('a host view merged with deltas is the whole view', () => {
  it('through joins, connections, answers, a late join, a language change and phase changes', () => {
    const players = ['ana', 'bia', 'caio', 'dani', 'edu', 'fabi'];
    const script: Step[] = [];
    players.forEach((id, i) => {
      script.push([joinEvent(id, id, i % 2 ? 'pt' : 'en'), i]);
      script.push([{ connect: id }, i]);
    });
    script.push([hostEvent({ action: 'start' }), 1_000]);
    script.push([answerEvent('ana', 0, RIGHT[0]!), 1_500]);
    script.push([answerEvent('bia', 0, WRONG[0]!), 1_600]);
    script.push([{ disconnect: 'caio' }, 1_700]);
    script.push([joinEvent('gil', 'Gil', 'en'), 1_800]);
    script.push([{ type: 'setLocale', playerId: 'dani', locale: 'en' }, 1_900]);
    script.push([answerEvent('gil', 0, RIGHT[0]!), 2_000]);
    script.push([{ connect: 'caio' }, 2_100]);
    script.push([hostEvent({ action: 'pause' }), 2_200]);
    script.push([hostEvent({ action: 'resume' }), 2_300]);
    for (const id of ['caio', 'dani', 'edu']) script.push([answerEvent(id, 0, RIGHT[0]!), 2_400]);
    // The last one closes the question: a whole reveal view.
    script.push([answerEvent('fabi', 0, RIGHT[0]!), 2_500]);
    script.push([{ disconnect: 'ana' }, 2_600]);
    script.push([hostEvent({ action: 'next' }), 3_000]);
    script.push([hostEvent({ action: 'next' }), 3_100]);
    script.push([answerEvent('edu', 1, RIGHT[1]!), 3_200]);
    script.push([hostEvent({ action: 'remove', playerId: 'bia' }), 3_300]);
    script.push([answerEvent('caio', 1, WRONG[1]!), 3_400]);
    const { deltas } = play(script);
    expect(deltas).toBeGreaterThanOrEqual(15);
  });

  it('sends an answer in a big room as a small fraction of the whole view', () => {
    const script: Step[] = [];
    for (let i = 0; i < 500; i++) script.push([joinEvent(`p${i}`, `Player ${i}`), 0]);
    script.push([hostEvent({ action: 'start' }), 1_000]);
    for (let i = 0; i < 20; i++) script.push([answerEvent(`p${i}`, 0, RIGHT[0]!), 1_100 + i]);
    const { sizes } = play(script);
    const last = sizes.at(-1)!;
    expect(last.delta * 50).toBeLessThan(last.whole);
  });

  it('is not merged into a view of another session or step', () => {
    let state = newSession(0);
    state = apply(state, joinEvent('ana'), 0);
    const lobby = hostView(state, QUIZ, 'en', 0, new Set());
    const sent = new Map(hostParticipants(state, new Set()).map((p) => [p.id, p]));
    state = apply(state, hostEvent({ action: 'start' }), 1_000);
    const delta = hostDelta(state, QUIZ, 1_000, hostParticipants(state, new Set(['ana'])), sent);
    expect(withHostDelta(lobby, delta)).toBe(lobby);
    expect(withHostDelta({ ...lobby, phase: 'question', questionIndex: 0, code: 'OTHER1' }, delta).code).toBe('OTHER1');
  });
});
