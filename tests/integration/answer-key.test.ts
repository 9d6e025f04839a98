import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientToServerEvents } from '../../lib/protocol/events';
import type { Locale } from '../../lib/quiz/types';
import {
  createSession,
  hostOf,
  joinAs,
  removeTempDirs,
  rightAnswer,
  startServer,
  testQuiz,
  wrongAnswer,
  type AckData,
  type EventWithAck,
  type LiveClient,
  type RunningServer,
} from './support/live-server';

/*
 * A curious student opens the browser's network tab: nothing their phone (or the public
 * projector) receives before a question's reveal may give its answer away. Every frame
 * each client receives, events and acknowledgements alike, is recorded through a whole
 * game and searched afterwards.
 */

const quiz = testQuiz({ limitSec: 20 });
/** Field names that would carry an answer key. */
const KEY_FIELDS = ['correctAnswer', 'correctOptionId', 'correctOptionIds', 'correct'];

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ quizzes: [quiz] });
});
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

/** Sends a request and records its acknowledgement among the client's frames, in order. */
async function send<E extends EventWithAck>(client: LiveClient, event: E, payload: Parameters<ClientToServerEvents[E]>[0]): Promise<AckData<E>> {
  const ack = await client.request(event, payload);
  client.frames.push({ event: `ack:${event}`, payload: ack });
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code}`);
  return ack.data;
}

/** Every property name anywhere in a value. */
function keysIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysIn(v, out);
    }
  }
  return out;
}

/** The view a frame carries, if any: an event's payload, or an ack's data (join: its view). */
function viewOf(payload: unknown): { phase?: string; questionIndex?: number; locale?: Locale; question?: { type: string; options: { id: string }[] } | null; reveal?: { explanation: string; correctAnswer: unknown } | null } | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  if ('ok' in p) return p.ok ? viewOf((p.data as Record<string, unknown> | undefined)?.view ?? p.data) : undefined;
  return 'phase' in p ? (p as ReturnType<typeof viewOf>) : undefined;
}

describe('the answer key', () => {
  it('reaches no phone and no projector before the reveal, and does reach them at the reveal', async () => {
    const session = await createSession(server.url, { scoring: 'accuracy' });
    const code = session.code;
    const { client: host } = await hostOf(server, session, 'en');
    // The projector is a second host screen, public, here in Portuguese.
    const { client: projector } = await hostOf(server, session, 'pt');
    const locales = new Map<LiveClient, Locale>([
      [host, 'en'],
      [projector, 'pt'],
    ]);

    const players = new Map<string, LiveClient>();
    for (const [nickname, locale] of [
      ['Ana', 'en'],
      ['Bia', 'pt'],
    ] as const) {
      const client = await server.connect();
      await send(client, 'player:join', { code, nickname, locale });
      players.set(nickname, client);
    }
    const ana = players.get('Ana')!;
    const bia = players.get('Bia')!;
    const hostCommand = (action: 'start' | 'next') => send(host, 'host:command', { code, command: { action } });
    const answer = (client: LiveClient, i: number, right: boolean) =>
      send(client, 'answer:submit', { code, questionIndex: i, answer: right ? rightAnswer(quiz.questions[i]!) : wrongAnswer(quiz.questions[i]!) });
    const reveal = (i: number) => host.waitFor('host:state', (v) => v.phase === 'reveal' && v.questionIndex === i);

    // Question 1: everyone answers.
    await hostCommand('start');
    await answer(ana, 0, true);
    await answer(bia, 0, false);
    await reveal(0);
    await hostCommand('next');
    await hostCommand('next');

    // Question 2: Caio joins while it is open, and answers.
    const caio = await server.connect();
    await send(caio, 'player:join', { code, nickname: 'Caio', locale: 'en' });
    players.set('Caio', caio);
    await answer(ana, 1, false);
    await answer(caio, 1, true);
    await answer(bia, 1, true);
    await reveal(1);
    await hostCommand('next');
    await hostCommand('next');

    // Question 3: Ana switches language mid-question; the host closes it before the others answer.
    await send(ana, 'player:locale', { code, locale: 'pt' });
    await answer(ana, 2, true);
    await hostCommand('next');
    await reveal(2);
    await hostCommand('next');
    await hostCommand('next');

    // Question 4, the ordering one: everyone answers; then the podium.
    await answer(bia, 3, true);
    await answer(caio, 3, false);
    await answer(ana, 3, true);
    await reveal(3);
    await hostCommand('next');
    await hostCommand('next');
    for (const client of players.values()) await client.waitFor('player:state', (v) => v.phase === 'podium');
    await projector.waitFor('host:state', (v) => v.phase === 'podium');

    const everyone = new Map<string, LiveClient>([['host', host], ['projector', projector], ...players]);
    for (const [who, client] of everyone) {
      const frames = client.frames;
      expect(frames.length, who).toBeGreaterThan(5);
      for (const [i, question] of quiz.questions.entries()) {
        const label = `${who}, question ${i + 1}`;
        // A phone's own part of the reveal (its result) comes just before the round that shows it.
        const revealAt = frames.findIndex((f) => {
          const v = viewOf(f.payload);
          return f.event !== 'player:own' && v?.phase === 'reveal' && v.questionIndex === i;
        });
        // Caio joined during question 2, so he never saw question 1's reveal.
        if (who === 'Caio' && i === 0) {
          expect(revealAt, label).toBe(-1);
          continue;
        }
        expect(revealAt, `${label}: no reveal frame`).toBeGreaterThanOrEqual(0);

        // Before the reveal: not a word of the explanation, in any language...
        for (const frame of frames.slice(0, revealAt)) {
          const text = JSON.stringify(frame.payload);
          expect(text.includes(question.explanation.en), `${label}: English explanation in ${frame.event}`).toBe(false);
          expect(text.includes(question.explanation.pt), `${label}: Portuguese explanation in ${frame.event}`).toBe(false);
          // ...and no answer-key field in any frame showing this question (or the lobby).
          const view = viewOf(frame.payload);
          if (view && (view.phase === 'lobby' || (view.phase === 'question' && view.questionIndex === i))) {
            const leaked = KEY_FIELDS.filter((k) => keysIn(frame.payload).has(k));
            expect(leaked, `${label}: ${frame.event} in ${view.phase} carries ${leaked.join(', ')}`).toEqual([]);
            expect(view.reveal ?? null, label).toBeNull();
          }
          // Acks of answers say that the answer was stored, nothing more.
          if (frame.event === 'ack:answer:submit') expect(Object.keys((frame.payload as { data: object }).data)).toEqual(['questionIndex']);
        }

        // At the reveal the same client does receive the key and the explanation, so the
        // searches above would have found them had they come earlier.
        const shown = viewOf(frames[revealAt]!.payload)!;
        const locale = shown.locale ?? locales.get(client)!;
        expect(shown.reveal, label).toEqual({ correctAnswer: rightAnswer(question), correctText: null, explanation: question.explanation[locale], about: null, regions: [] });
        expect(JSON.stringify(frames[revealAt]!.payload)).toContain(question.explanation[locale]);
        expect(keysIn(frames[revealAt]!.payload).has('correctAnswer')).toBe(true);
      }

      // An ordering question is never shown already in its correct order, in any frame.
      const ordering = quiz.questions.find((q) => q.type === 'ordering')!;
      const solved = rightAnswer(ordering).type === 'ordering' ? (rightAnswer(ordering) as { optionIds: string[] }).optionIds : [];
      let shownOrdering = 0;
      for (const frame of frames) {
        const q = viewOf(frame.payload)?.question;
        if (q?.type !== 'ordering') continue;
        shownOrdering += 1;
        expect(q.options.map((o) => o.id).sort(), who).toEqual(solved.slice().sort());
        expect(q.options.map((o) => o.id), `${who}: ordering shown solved in ${frame.event}`).not.toEqual(solved);
      }
      expect(shownOrdering, who).toBeGreaterThan(0);
    }

    // Ana's switch reached her: her reveal of question 3 is in Portuguese.
    const anaReveal = ana.all('player:state').find((v) => v.phase === 'reveal' && v.questionIndex === 2)!;
    expect(anaReveal.reveal?.explanation).toBe(quiz.questions[2]!.explanation.pt);
  });
});
