import type { CohortDashboard, MemberView } from '../cohort/views';
import type { DiagramId } from '../diagram/ids';
import type { PracticeFeedback } from '../learn/practice';
import type { Answer } from '../quiz/types';
import type { HostView, PlayerView } from '../quiz/views';
import type { HostDelta } from '../quiz/host-delta';
import type { OwnView, RoundView } from '../quiz/round-view';
import type { ProtocolError } from './errors';
import type { ClientPayload } from './schemas';

/** Every acknowledgement: a result, or a typed error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };
export type AckCallback<T> = (response: Ack<T>) => void;

/** What `player:join` returns. Keep `playerSecret`: it alone lets this player back in. */
export interface JoinResult {
  playerId: string;
  playerSecret: string;
  view: PlayerView;
}

/** A board's state for a client: a Yjs update (base64) and the server's state vector (base64). */
export interface BoardState {
  code: string;
  diagramId: DiagramId;
  /** `board:join`: the whole document; `board:sync`: only what the client's state vector lacks. */
  update: string;
  /** The server's state vector, so the client can send back what the server lacks. */
  stateVector: string;
}

/** A Yjs update (or awareness update) of one board, base64. */
export interface BoardUpdate {
  code: string;
  diagramId: DiagramId;
  update: string;
}

/**
 * The acknowledgement of `board:update`. A refused update carries the server's state, so the
 * client can rebuild its document from it (drop local changes) and converge again.
 */
export type BoardUpdateAck = { ok: true; data: { diagramId: DiagramId } } | { ok: false; error: ProtocolError; state?: BoardState };

/** Events a client sends. Each payload is validated by `clientEventSchemas`. */
export interface ClientToServerEvents {
  /** Take control of a session with its host secret; the socket then receives `host:state`. */
  'host:attach': (payload: ClientPayload<'host:attach'>, ack: AckCallback<HostView>) => void;
  /** start, next, pause, resume, extend, skip, end, lock, unlock, remove, extraTime, scoring, twoStep, blockWords, unblockWord. */
  'host:command': (payload: ClientPayload<'host:command'>, ack: AckCallback<HostView>) => void;
  /** Join with a nickname and a language (and the projector's pattern while the two-step join is on). */
  'player:join': (payload: ClientPayload<'player:join'>, ack: AckCallback<JoinResult>) => void;
  /** Come back after a reload, a sleeping phone or a network cut. */
  'player:resume': (payload: ClientPayload<'player:resume'>, ack: AckCallback<PlayerView>) => void;
  /** Switch this player's language mid-game. */
  'player:locale': (payload: ClientPayload<'player:locale'>, ack: AckCallback<PlayerView>) => void;
  /** Answer the current question. Acknowledged only once the answer is stored. */
  'answer:submit': (payload: ClientPayload<'answer:submit'>, ack: AckCallback<{ questionIndex: number }>) => void;
  /** Open a diagram's shared board, as the host or a player of that session; returns the whole board. */
  'board:join': (payload: ClientPayload<'board:join'>, ack: AckCallback<BoardState>) => void;
  /** A local Yjs update. Acknowledged once stored; then relayed to the others on the board. */
  'board:update': (payload: ClientPayload<'board:update'>, ack: (response: BoardUpdateAck) => void) => void;
  /** Sync step 1 (and join): the client's state vector; the answer is sync step 2 (what it lacks) plus the server's vector. */
  'board:sync': (payload: ClientPayload<'board:sync'>, ack: AckCallback<BoardState>) => void;
  /** Presence and cursor (y-protocols awareness update). Not acknowledged; relayed in batches. */
  'board:awareness': (payload: ClientPayload<'board:awareness'>) => void;
  /** Open a cohort space's dashboard with its facilitator secret; the socket then receives `cohort:dashboard`. */
  'cohort:facilitate': (payload: ClientPayload<'cohort:facilitate'>, ack: AckCallback<CohortDashboard>) => void;
  /** Open a cohort space as a member with their secret; the socket then receives `cohort:member-state` and `cohort:live`. */
  'cohort:member': (payload: ClientPayload<'cohort:member'>, ack: AckCallback<MemberView>) => void;
  /** A member read a lesson card. Stored before the acknowledgement. */
  'cohort:card': (payload: ClientPayload<'cohort:card'>, ack: AckCallback<MemberView>) => void;
  /** A member answers a question of the space's quiz (once each). Stored, then graded feedback returned. */
  'cohort:answer': (payload: ClientPayload<'cohort:answer'>, ack: AckCallback<CohortAnswerResult>) => void;
  /** A member's own stored answer to a question, with its feedback, to look at again. */
  'cohort:review': (payload: ClientPayload<'cohort:review'>, ack: AckCallback<CohortReview>) => void;
  /** A member marks reply notices as seen. */
  'cohort:seen': (payload: ClientPayload<'cohort:seen'>, ack: AckCallback<MemberView>) => void;
  /** The facilitator starts a live round; members online receive `cohort:live`. Returns the session to host. */
  'cohort:live-round': (payload: ClientPayload<'cohort:live-round'>, ack: AckCallback<LiveRoundCreated>) => void;
  /** The facilitator closes the space: read-only from then on. */
  'cohort:close': (payload: ClientPayload<'cohort:close'>, ack: AckCallback<CohortDashboard>) => void;
  /** The facilitator deletes the space and all its data; everyone in it receives `cohort:deleted`. */
  'cohort:delete': (payload: ClientPayload<'cohort:delete'>, ack: AckCallback<{ cohortId: string }>) => void;
}

/** What `cohort:answer` returns: the feedback (the correct answer comes only now) and the member's new view. */
export interface CohortAnswerResult {
  feedback: PracticeFeedback;
  view: MemberView;
}

/** What `cohort:review` returns: the member's own answer and its feedback. */
export interface CohortReview {
  questionId: string;
  answer: Answer;
  feedback: PracticeFeedback;
}

/** What `cohort:live-round` returns to the facilitator: the new session, to host at /host/{code}. */
export interface LiveRoundCreated {
  code: string;
  hostSecret: string;
}

/** Events the server sends. */
export interface ServerToClientEvents {
  /** The host's view changed. */
  'host:state': (view: HostView) => void;
  /** What changed on the host's screen in a burst (answers, joins, connections): merge it with `withHostDelta`. */
  'host:delta': (delta: HostDelta) => void;
  /** This player's view changed. */
  'player:state': (view: PlayerView) => void;
  /**
   * What changed for every player of this language (a question started, the timer paused,
   * the player count, the reveal, the leaderboard): merge it into the last `player:state`
   * with `withRound`.
   */
  'player:round': (round: RoundView) => void;
  /**
   * This player's own part (answer, result, score, rank) of the step whose `player:round`
   * comes next: from a question's close on (reveal, leaderboard, podium). Keep it and pass it
   * to `withRound` with that round.
   */
  'player:own': (own: OwnView) => void;
  /** The host removed this player; the socket is then disconnected. */
  'player:removed': (payload: { code: string }) => void;
  /** Someone else's accepted update of a board this socket joined. */
  'board:update': (payload: BoardUpdate) => void;
  /** Awareness changes of a board since the last tick, merged into one update (volatile). */
  'board:awareness': (payload: BoardUpdate) => void;
  /** The facilitator's dashboard changed (batched: at most a few times a second). */
  'cohort:dashboard': (view: CohortDashboard) => void;
  /** This member's view changed (a live round started or ended, the space closed). */
  'cohort:member-state': (view: MemberView) => void;
  /** The facilitator started a live round: join session `code` (members online are pulled in). */
  'cohort:live': (payload: { cohortId: string; code: string }) => void;
  /** The space was deleted. */
  'cohort:deleted': (payload: { cohortId: string }) => void;
  /** The server is stopping (a deploy, a restart): it takes nothing new; reconnect (the client does by itself). */
  'server:restarting': (payload: Record<string, never>) => void;
}

/** Handshake `auth` object every client sends. */
export interface HandshakeAuth {
  protocol: number;
}
