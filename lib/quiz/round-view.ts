import type { PlayerView } from './views';

/**
 * The part of a PlayerView that every player of one language shares while nobody's own
 * part changes: in the lobby, and while a question runs. A question's start is sent as
 * one RoundView per language (encoded once, written to every phone) instead of one
 * PlayerView per player: at 2,000 players the per-player encoding was most of the
 * fan-out's time, and the last phone got the question that much later (speed scoring).
 *
 * `phase` and `questionIndex` come first in the JSON on purpose: a reader can tell the
 * round from the first bytes of the frame (the live benchmark's players do).
 */
export interface RoundView {
  phase: Extract<PlayerView['phase'], 'lobby' | 'question'>;
  questionIndex: number;
  code: string;
  locale: PlayerView['locale'];
  quizTitle: string;
  questionCount: number;
  serverNow: number;
  timer: PlayerView['timer'];
  question: PlayerView['question'];
  playerCount: number;
}

/**
 * A player's whole view after a round: the player's own part (who, score, rank, the answer
 * already given to this same question) from their last view, the rest from the round.
 * Returns `view` itself when the round is not for it (another session or language: a
 * socket that changed language between the two).
 */
export function withRound(view: PlayerView, round: RoundView): PlayerView {
  if (view.code !== round.code || view.locale !== round.locale) return view;
  const sameStep = view.phase === round.phase && view.questionIndex === round.questionIndex;
  return {
    ...view,
    quizTitle: round.quizTitle,
    phase: round.phase,
    questionIndex: round.questionIndex,
    questionCount: round.questionCount,
    serverNow: round.serverNow,
    timer: round.timer,
    question: round.question,
    // A new question (or the lobby) starts with no answer; the same one keeps it.
    myAnswer: sameStep ? view.myAnswer : null,
    reveal: null,
    result: null,
    playerCount: round.playerCount,
    standings: [],
  };
}
