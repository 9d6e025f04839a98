import { expect } from 'vitest';
import type { ErrorCode } from '../../../lib/protocol/errors';
import {
  createSession,
  reduce,
  type HostCommand,
  type ReduceResult,
  type SessionEvent,
  type SessionState,
} from '../../../lib/quiz/machine';
import type { ScoringMode } from '../../../lib/quiz/scoring';
import type { Answer, Locale, Quiz } from '../../../lib/quiz/types';

/**
 * Shared fixtures for the quiz unit tests: a small four-question quiz (one of each type,
 * 10 s each) and a few helpers that drive the state machine with explicit times.
 */

/** Every question of the test quiz has this time limit. */
export const LIMIT_MS = 10_000;

/** Explanation texts, unique enough to search for in serialised views. */
export const EXPLANATIONS = {
  en: ['EXPLAIN-en-single', 'EXPLAIN-en-multiple', 'EXPLAIN-en-truefalse', 'EXPLAIN-en-ordering'],
  pt: ['EXPLICA-pt-single', 'EXPLICA-pt-multiple', 'EXPLICA-pt-truefalse', 'EXPLICA-pt-ordering'],
} as const;

export function testQuiz(): Quiz {
  return {
    id: 'test-quiz',
    title: { en: 'Test quiz', pt: 'Quiz de teste' },
    description: { en: 'A quiz for tests', pt: 'Um quiz para testes' },
    questions: [
      {
        id: 'q-single',
        type: 'single',
        topic: 'containers',
        source: 'S1',
        timeLimitSec: LIMIT_MS / 1000,
        prompt: { en: 'Pick B', pt: 'Escolha B' },
        explanation: { en: EXPLANATIONS.en[0], pt: EXPLANATIONS.pt[0] },
        options: [
          { id: 'a', text: { en: 'Option A', pt: 'Opção A' } },
          { id: 'b', text: { en: 'Option B', pt: 'Opção B' } },
          { id: 'c', text: { en: 'Option C', pt: 'Opção C' } },
        ],
        correctOptionId: 'b',
      },
      {
        id: 'q-multiple',
        type: 'multiple',
        topic: 'containers',
        source: 'S2',
        timeLimitSec: LIMIT_MS / 1000,
        prompt: { en: 'Pick A and C', pt: 'Escolha A e C' },
        explanation: { en: EXPLANATIONS.en[1], pt: EXPLANATIONS.pt[1] },
        options: [
          { id: 'a', text: { en: 'One', pt: 'Um' } },
          { id: 'b', text: { en: 'Two', pt: 'Dois' } },
          { id: 'c', text: { en: 'Three', pt: 'Três' } },
          { id: 'd', text: { en: 'Four', pt: 'Quatro' } },
        ],
        correctOptionIds: ['a', 'c'],
      },
      {
        id: 'q-truefalse',
        type: 'truefalse',
        topic: 'scope',
        source: 'S3',
        timeLimitSec: LIMIT_MS / 1000,
        prompt: { en: 'This is true', pt: 'Isto é verdadeiro' },
        explanation: { en: EXPLANATIONS.en[2], pt: EXPLANATIONS.pt[2] },
        correct: true,
      },
      {
        id: 'q-ordering',
        type: 'ordering',
        topic: 'together',
        source: 'S4',
        timeLimitSec: LIMIT_MS / 1000,
        prompt: { en: 'Order x, y, z', pt: 'Ordene x, y, z' },
        explanation: { en: EXPLANATIONS.en[3], pt: EXPLANATIONS.pt[3] },
        options: [
          { id: 'x', text: { en: 'First', pt: 'Primeiro' } },
          { id: 'y', text: { en: 'Second', pt: 'Segundo' } },
          { id: 'z', text: { en: 'Third', pt: 'Terceiro' } },
        ],
      },
    ],
  };
}

export const QUIZ = testQuiz();

/** The right answer to each question of the test quiz, by index. */
export const RIGHT: readonly Answer[] = [
  { type: 'single', optionId: 'b' },
  { type: 'multiple', optionIds: ['a', 'c'] },
  { type: 'truefalse', value: true },
  { type: 'ordering', optionIds: ['x', 'y', 'z'] },
];

/** A well-formed wrong answer to each question of the test quiz, by index. */
export const WRONG: readonly Answer[] = [
  { type: 'single', optionId: 'a' },
  { type: 'multiple', optionIds: ['a'] },
  { type: 'truefalse', value: false },
  { type: 'ordering', optionIds: ['y', 'x', 'z'] },
];

// ---- event builders ---------------------------------------------------------------------

export const joinEvent = (playerId: string, nickname: string = playerId, locale: Locale = 'en'): SessionEvent => ({
  type: 'join',
  playerId,
  nickname,
  locale,
  secretHash: `hash-${playerId}`,
});

export const answerEvent = (playerId: string, questionIndex: number, answer: Answer): SessionEvent => ({
  type: 'answer',
  playerId,
  questionIndex,
  answer,
});

export const hostEvent = (command: HostCommand): SessionEvent => ({ type: 'host', command });

export const TICK: SessionEvent = { type: 'tick' };

// ---- driving the machine ----------------------------------------------------------------

export function newSession(now = 0, scoring: ScoringMode = 'speed', quiz: Quiz = QUIZ): SessionState {
  return createSession({ code: 'ABC123', shuffleSeed: 'seed-ABC123', quiz, scoring, now });
}

/** Applies an event that must be accepted, and returns the next state. */
export function apply(state: SessionState, event: SessionEvent, now: number, quiz: Quiz = QUIZ): SessionState {
  const result = reduce(state, event, { now, quiz });
  if (!result.ok) throw new Error(`expected ${describeEvent(event)} at ${now} to be accepted, got ${result.code}`);
  return result.state;
}

function describeEvent(event: SessionEvent): string {
  return event.type === 'host' ? `host:${event.command.action}` : event.type;
}

/** A lobby at time 0 with the given players joined (nickname = id), in that order. */
export function lobbyWith(players: string[], scoring: ScoringMode = 'speed'): SessionState {
  let state = newSession(0, scoring);
  for (const id of players) state = apply(state, joinEvent(id), 0);
  return state;
}

/** A lobby with the players joined, and the first question started at `startAt`. */
export function startedWith(players: string[], startAt = 1_000, scoring: ScoringMode = 'speed'): SessionState {
  return apply(lobbyWith(players, scoring), hostEvent({ action: 'start' }), startAt);
}

/**
 * Records every accepted event with its time, as the server does, so a test can replay them.
 * `attempt` returns the raw result and records only accepted events.
 */
export class Recorder {
  readonly log: { event: SessionEvent; at: number }[] = [];
  constructor(
    public state: SessionState,
    readonly quiz: Quiz = QUIZ,
  ) {}

  do(event: SessionEvent, at: number): SessionState {
    this.state = apply(this.state, event, at, this.quiz);
    this.log.push({ event, at });
    return this.state;
  }

  attempt(event: SessionEvent, at: number): ReduceResult {
    const result = reduce(this.state, event, { now: at, quiz: this.quiz });
    if (result.ok) {
      this.state = result.state;
      this.log.push({ event, at });
    }
    return result;
  }
}

// ---- purity -----------------------------------------------------------------------------

/** Freezes an object graph in place so any write to it throws (test files are strict ESM). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * Asserts that an event is refused with `code`, and that the (deep-frozen) input state is
 * exactly what it was before.
 */
export function expectRefused(state: SessionState, event: SessionEvent, now: number, code: ErrorCode, quiz: Quiz = QUIZ): void {
  const before = structuredClone(state);
  deepFreeze(state);
  const result = reduce(state, event, { now, quiz });
  expect(result).toEqual({ ok: false, code });
  expect(state).toEqual(before);
}
