import type { Phase } from './machine';
import type { PlayerView } from './views';

/**
 * The part of a PlayerView that every player of one language shares. A question's start
 * (and lobby counts, pauses, extensions) is sent as one RoundView per language, encoded
 * once and written to every phone, instead of one PlayerView per player: at 2,000 players
 * the per-player encoding was most of the fan-out's time, and the last phone got the
 * question that much later (speed scoring). From a question's close on (reveal,
 * leaderboard, podium) each player's own part comes first as an OwnView, then the round.
 *
 * `phase` and `questionIndex` come first in the JSON on purpose: a reader can tell the
 * round from the first bytes of the frame (the live benchmark's players do).
 */
export interface RoundView {
  phase: Phase;
  questionIndex: number;
  code: string;
  locale: PlayerView['locale'];
  quizTitle: string;
  questionCount: number;
  serverNow: number;
  timer: PlayerView['timer'];
  question: PlayerView['question'];
  playerCount: number;
  reveal: PlayerView['reveal'];
  standings: PlayerView['standings'];
}

/**
 * One player's own part of the step a round is about to bring (reveal, leaderboard,
 * podium): their answer, result, score and rank. Sent to the player just before the round,
 * which it joins (`withRound(view, round, own)`); alone it changes nothing on screen. Not
 * sent when the step left it as it was (the reveal to the leaderboard).
 */
export interface OwnView {
  phase: Extract<Phase, 'reveal' | 'leaderboard' | 'podium'>;
  questionIndex: number;
  code: string;
  myAnswer: PlayerView['myAnswer'];
  result: PlayerView['result'];
  me: PlayerView['me'];
}

const OWN_PART_PHASES: ReadonlySet<Phase> = new Set<OwnView['phase']>(['reveal', 'leaderboard', 'podium']);

/** The phases from a question's close on, where each player's own part travels apart (`player:own`). */
export function isOwnPartPhase(phase: Phase): phase is OwnView['phase'] {
  return OWN_PART_PHASES.has(phase);
}

/**
 * A player's whole view after a round: the shared part from the round; the player's own
 * part (answer, result, score, rank) from `own` when it is for this round's step,
 * otherwise from their last view for the same step or, once the question has closed, the
 * same question (who they are always from there). Returns `view` itself
 * when the round is not for it (another session or language: a socket that changed
 * language between the two).
 */
export function withRound(view: PlayerView, round: RoundView, own: OwnView | null = null): PlayerView {
  if (view.code !== round.code || view.locale !== round.locale) return view;
  const sameStep = view.phase === round.phase && view.questionIndex === round.questionIndex;
  const ownStep = own !== null && own.code === round.code && own.phase === round.phase && own.questionIndex === round.questionIndex;
  // From a question's close on, a round without an own part is a step that left it as it was
  // (`ownPartsUnchanged`: the reveal to the leaderboard): the phone keeps the one it has.
  const sameClosedQuestion = isOwnPartPhase(round.phase) && isOwnPartPhase(view.phase) && view.questionIndex === round.questionIndex;
  const keep = sameStep || sameClosedQuestion;
  return {
    ...view,
    quizTitle: round.quizTitle,
    phase: round.phase,
    questionIndex: round.questionIndex,
    questionCount: round.questionCount,
    serverNow: round.serverNow,
    timer: round.timer,
    question: round.question,
    // A new step without its own part (a new question, the lobby) starts with no answer and
    // no result; the same step keeps them.
    myAnswer: ownStep ? own.myAnswer : keep ? view.myAnswer : null,
    reveal: round.reveal,
    result: ownStep ? own.result : keep ? view.result : null,
    me: ownStep ? own.me : view.me,
    playerCount: round.playerCount,
    standings: round.standings,
  };
}
