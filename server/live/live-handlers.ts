import { randomInt } from 'node:crypto';
import type { Ack } from '../../lib/protocol/events';
import type { HostCommandRequest } from '../../lib/protocol/schemas';
import { BUILT_IN_BLOCKED_WORDS, blockedWordIn } from '../../lib/quiz/blocked-words';
import { newJoinPattern } from '../../lib/quiz/join-pattern';
import { activeCount, type HostCommand, type SessionEvent, type SessionState } from '../../lib/quiz/machine';
import { normalizeNickname } from '../../lib/quiz/nickname';
import { LOCALES, type Locale } from '../../lib/quiz/types';
import { hostDelta, hostParticipants, hostView, ownPartsApart, ownPartsUnchanged, ownView, playersWithOwnTimer, playerView, roundsSuffice, roundView, type HostParticipant, type HostView, type PlayerView } from '../../lib/quiz/views';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { findBySecret, hashSecret, newId, newSecret, secretMatches } from '../secrets';
import { clientAddress, type JoinLimiter } from '../limits/join-limiter';
import { credentialFromCookie } from '../http/credential-cookies';
import type { LiveRoom } from './live-room';
import type { SessionRegistry } from './session-registry';
import { roomNames, type LiveServer, type LiveSocket } from './socket-types';
import { failure, withSchema } from './with-schema';

/**
 * Least time between two `host:state` of one session sent for joins, answers and presence
 * (each carries the whole roster: one per answer was most of the server's work in an answer
 * burst), and between two player-count updates to the room after joins (each is a view to
 * every player: a class of 2,000 joining sent millions).
 */
const HOST_STATE_INTERVAL_MS = 50;
const PLAYER_COUNT_INTERVAL_MS = 1000;

interface Throttle {
  /** performance.now() of the last send. */
  last: number;
  timer: NodeJS.Timeout | null;
}

/** Host commands whose effect only the host's view shows. */
const HOST_ONLY_COMMANDS: ReadonlySet<HostCommand['action']> = new Set(['twoStep', 'blockWords', 'unblockWord']);

export interface LiveDeps {
  io: LiveServer;
  registry: SessionRegistry;
  clock: Clock;
  logger: Logger;
  /** Joins per address and per room; unlimited without one. */
  joins?: JoinLimiter;
  trustProxy?: boolean;
  /** Players a session holds (removed ones not counted); unlimited without one. */
  maxPlayersPerRoom?: number;
  /** Several nodes: a room's members may be on another node, so emits do not look at local rooms first. */
  clustered?: boolean;
}

/**
 * The live quiz over Socket.io: thin handlers (validate, authorise, dispatch, acknowledge)
 * and the fan-out of views after each stored event.
 */
export class LiveTransport {
  /** Open connections per session and player, for "who is connected" on the host screen. */
  private readonly connections = new Map<string, Map<string, number>>();

  constructor(private readonly deps: LiveDeps) {}

  /** Sends fresh views after a stored event: to the host, and to the players it concerns. */
  onCommit = (room: LiveRoom, event: SessionEvent, previous: SessionState): void => {
    const state = room.state;
    const samePhase = state.phase === previous.phase && state.questionIndex === previous.questionIndex;
    // Joins and answers come in bursts (a class joining, everyone answering within a second):
    // the host's view, which carries the whole roster, goes out at most every
    // HOST_STATE_INTERVAL_MS for those, with the latest state; anything else at once.
    const burst = (event.type === 'answer' || event.type === 'join' || event.type === 'setLocale') && samePhase;
    // An answer that does not close the question changes only its author's view (everyone
    // else's screen is the same), and the phone that sent it knows from the acknowledgement:
    // answer:submit sends the view to the player's other sockets only. A language change
    // goes to the player's sockets.
    const onlyAuthor = event.type === 'setLocale' && samePhase;
    const answerOnly = event.type === 'answer' && samePhase;
    // Who may join is the host's business: those commands change no player's view.
    const hostOnly = event.type === 'host' && HOST_ONLY_COMMANDS.has(event.command.action);
    if (event.type === 'join' && samePhase) {
      // A join changes the others' views only by the player count: batched like the host's.
      this.throttled(this.playerFanouts, room, PLAYER_COUNT_INTERVAL_MS, false, () => this.fanOut(room, event));
    } else if (onlyAuthor) {
      this.sendPlayerViews(room, [event.playerId]);
    } else if (!hostOnly && !answerOnly) {
      // Everyone gets the new state now: a batched player-count update still due is moot.
      this.cancelThrottled(this.playerFanouts, room);
      this.fanOut(room, event);
    }
    // The players first: building the host's view (the whole roster) takes milliseconds in a
    // big room, and a question's start should not wait for it (speed scoring counts from it).
    this.emitHost(room, !burst);
    if (event.type === 'setLocale' && event.locale !== previous.participants.get(event.playerId)?.locale) {
      // Every socket of the player (other tabs, other nodes) follows to the new language's rounds.
      const sockets = this.deps.io.in(roomNames.player(room.code, event.playerId));
      sockets.socketsLeave(LOCALES.filter((l) => l !== event.locale).map((l) => roomNames.players(room.code, l)));
      sockets.socketsJoin(roomNames.players(room.code, event.locale));
    }
    if (event.type === 'host' && event.command.action === 'remove') {
      const target = roomNames.player(room.code, event.command.playerId);
      this.deps.io.to(target).emit('player:removed', { code: room.code });
      this.deps.io.in(target).socketsLeave(LOCALES.map((l) => roomNames.players(room.code, l)));
      this.deps.io.in(target).disconnectSockets(true);
    }
  };

  /**
   * Everyone's new view, with what they share encoded once per language (`player:round`):
   * - in the lobby and while a question runs, after an event that changed no player's own
   *   part (`roundsSuffice`), the round alone; a player with extra time (a timer of their
   *   own) still gets a whole PlayerView;
   * - from a question's close on (`ownPartsApart`), each player's own part first
   *   (`player:own`: answer, result, score, rank; small), then the round; the own parts
   *   only when the step changed them (`ownPartsUnchanged`: not from the reveal to the
   *   leaderboard, which is then one frame per phone);
   * - otherwise (a removal or extra time mid-question) one PlayerView per player.
   */
  private fanOut(room: LiveRoom, event: SessionEvent): void {
    const state = room.state;
    const apart = ownPartsApart(state);
    if (!apart && !roundsSuffice(state, event)) {
      this.sendEveryonesViews(room);
      return;
    }
    const sent = this.ownPartsSent.get(room);
    if (apart && !(sent && ownPartsUnchanged(sent, state))) this.sendOwnViews(room);
    const own = playersWithOwnTimer(state);
    const except = own.map((id) => roomNames.player(room.code, id));
    const now = this.deps.clock.now();
    for (const locale of LOCALES) {
      const name = roomNames.players(room.code, locale);
      if (!this.mayHaveMembers(name)) continue;
      this.deps.io.to(name).except(except).emit('player:round', roundView(state, room.quiz, locale, now));
    }
    this.sendPlayerViews(room, own);
  }

  /**
   * The state whose players' own parts every phone of the room has (from `player:own` or a
   * whole view to everyone): a step that leaves them as they were sends none.
   */
  private readonly ownPartsSent = new WeakMap<LiveRoom, SessionState>();

  /** Each active player's own part of the new step, before the rounds that it joins on their phone. */
  private sendOwnViews(room: LiveRoom): void {
    const state = room.state;
    this.ownPartsSent.set(room, state);
    for (const id of state.joinOrder) {
      if (state.participants.get(id)!.removed) continue;
      this.deps.io.to(roomNames.player(room.code, id)).emit('player:own', ownView(state, room.quiz, id));
    }
  }

  /**
   * Sends everyone in the session their whole view again: after the session was loaded on
   * this node from storage (a restart, or a takeover from a node that died), clients on
   * other nodes may have missed what happened meanwhile.
   */
  resync(room: LiveRoom): void {
    this.emitHost(room, true);
    this.sendEveryonesViews(room);
  }

  /** Every active player's whole view. */
  private sendEveryonesViews(room: LiveRoom): void {
    this.ownPartsSent.set(room, room.state);
    this.sendPlayerViews(room, room.state.joinOrder.toArray());
  }

  /** Pending batched sends per room: host views, and player views after joins. */
  private readonly hostStates = new WeakMap<LiveRoom, Throttle>();
  private readonly playerFanouts = new WeakMap<LiveRoom, Throttle>();

  /** Each active player's view of the room's current state, in joining order. */
  private sendPlayerViews(room: LiveRoom, ids: readonly string[]): void {
    const state = room.state;
    const now = this.deps.clock.now();
    for (const id of ids) {
      const p = state.participants.get(id);
      if (!p || p.removed) continue;
      this.deps.io.to(roomNames.player(room.code, id)).emit('player:state', playerView(state, room.quiz, id, now));
    }
  }

  /**
   * A socket bound to the session before this node took it over (server/cluster): its
   * player counts as connected here, as it did on the node that ran the session before.
   */
  rebound(socket: LiveSocket, code: string): void {
    const playerId = socket.data.playerOf?.[code];
    if (playerId) this.countConnection(code, playerId, +1);
  }

  /**
   * Runs `send` now if the last run of this kind for the room was at least `intervalMs` ago
   * (or `immediate`), otherwise once when that much time has passed, with whatever state the
   * room has then. At most one run per interval, the first of a burst without delay.
   */
  private throttled(slots: WeakMap<LiveRoom, Throttle>, room: LiveRoom, intervalMs: number, immediate: boolean, send: () => void): void {
    let slot = slots.get(room);
    if (!slot) {
      slot = { last: Number.NEGATIVE_INFINITY, timer: null };
      slots.set(room, slot);
    }
    const t = performance.now();
    if (immediate || t - slot.last >= intervalMs) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.last = t;
      send();
      return;
    }
    if (slot.timer) return;
    const pending = slot;
    pending.timer = setTimeout(() => {
      pending.timer = null;
      pending.last = performance.now();
      send();
    }, intervalMs - (t - slot.last));
    pending.timer.unref?.();
  }

  private cancelThrottled(slots: WeakMap<LiveRoom, Throttle>, room: LiveRoom): void {
    const slot = slots.get(room);
    if (slot?.timer) clearTimeout(slot.timer);
    if (slot) slot.timer = null;
  }

  /** Wires one new connection. */
  attach(socket: LiveSocket): void {
    const { registry, logger } = this.deps;
    socket.data.hostOf = {};
    socket.data.playerOf = {};

    withSchema(socket, 'host:attach', logger, async ({ code, hostSecret: sent, locale }): Promise<Ack<HostView>> => {
      const room = await registry.get(code);
      if (!room) return failure('NOT_FOUND');
      const hostSecret = sent ?? credentialFromCookie(socket.request.headers.cookie, 'host', code);
      if (!hostSecret || !secretMatches(hostSecret, room.record.hostSecretHash)) return failure('NOT_AUTHORIZED');
      const before = socket.data.hostOf[code];
      if (before) await socket.leave(roomNames.host(code, before));
      socket.data.hostOf[code] = locale;
      await socket.join(roomNames.host(code, locale));
      return { ok: true, data: this.hostViewFor(room, locale) };
    });

    withSchema(socket, 'host:command', logger, async ({ code, command }): Promise<Ack<HostView>> => {
      const locale = socket.data.hostOf[code];
      if (!locale) return failure('NOT_AUTHORIZED');
      const room = await registry.get(code);
      if (!room) return failure('NOT_FOUND');
      const result = await room.dispatch({ type: 'host', command: completeCommand(command) });
      if (!result.ok) return failure(result.code);
      return { ok: true, data: this.hostViewFor(room, locale) };
    });

    withSchema(socket, 'player:join', logger, async ({ code, nickname, locale, pattern }) => {
      const room = await registry.get(code);
      if (!room) return failure('NOT_FOUND');
      const name = normalizeNickname(nickname);
      if (!name) return failure('INVALID_NICKNAME');
      // The built-in list is checked here, not in the state machine: a later edit of the
      // list must not make a replay refuse a join that was accepted (the host's words are
      // in the stored events, so the machine checks those).
      if (blockedWordIn(name, BUILT_IN_BLOCKED_WORDS)) return failure('NICKNAME_BLOCKED');
      const players = activeCount(room.state);
      if (players >= (this.deps.maxPlayersPerRoom ?? Number.POSITIVE_INFINITY)) return failure('ROOM_FULL');
      if (this.deps.joins && !this.deps.joins.allow(clientAddress(socket.request, this.deps.trustProxy ?? false), `session:${code}`)) return failure('RATE_LIMITED');
      const playerId = newId();
      const playerSecret = newSecret();
      const join: SessionEvent = { type: 'join', playerId, nickname: name, locale, secretHash: hashSecret(playerSecret), ...(pattern ? { pattern } : {}) };
      const result = await room.dispatch(join);
      if (!result.ok) return failure(result.code);
      await this.bindPlayer(socket, room, playerId);
      return { ok: true, data: { playerId, playerSecret, view: this.playerViewFor(room, playerId) } };
    });

    withSchema(socket, 'player:resume', logger, async ({ code, playerSecret: sent, locale }): Promise<Ack<PlayerView>> => {
      const room = await registry.get(code);
      if (!room) return failure('NOT_FOUND');
      const playerSecret = sent ?? credentialFromCookie(socket.request.headers.cookie, 'player', code);
      const player = playerSecret && findBySecret(room.state.participants.values(), playerSecret);
      if (!player) return failure('UNKNOWN_PLAYER');
      if (player.removed) return failure('PLAYER_REMOVED');
      if (locale && locale !== player.locale) {
        const result = await room.dispatch({ type: 'setLocale', playerId: player.id, locale });
        if (!result.ok) return failure(result.code);
      }
      await this.bindPlayer(socket, room, player.id);
      return { ok: true, data: this.playerViewFor(room, player.id) };
    });

    withSchema(socket, 'player:locale', logger, async ({ code, locale }): Promise<Ack<PlayerView>> => {
      const playerId = socket.data.playerOf[code];
      if (!playerId) return failure('NOT_AUTHORIZED');
      const room = await registry.get(code);
      if (!room) return failure('NOT_FOUND');
      const result = await room.dispatch({ type: 'setLocale', playerId, locale });
      if (!result.ok) return failure(result.code);
      return { ok: true, data: this.playerViewFor(room, playerId) };
    });

    withSchema(socket, 'answer:submit', logger, async ({ code, questionIndex, answer }): Promise<Ack<{ questionIndex: number }>> => {
      const playerId = socket.data.playerOf[code];
      if (!playerId) return failure('NOT_AUTHORIZED');
      const room = await registry.get(code);
      if (!room) return failure('NOT_FOUND');
      // Resolves only after the answer is stored; the ack is the receipt.
      const result = await room.dispatch({ type: 'answer', playerId, questionIndex, answer });
      if (!result.ok) return failure(result.code);
      // The answering phone shows its answer from this acknowledgement; the player's other
      // screens (a second tab) get the view. One view per answer to everyone was a third
      // of an answer's cost in a burst of 2,000 (bench/README.md).
      const own = roomNames.player(code, playerId);
      if (result.changed && result.state.phase === 'question' && this.mayHaveMembers(own, 2)) {
        this.deps.io.to(own).except(socket.id).emit('player:state', this.playerViewFor(room, playerId));
      }
      return { ok: true, data: { questionIndex } };
    });

    socket.on('disconnect', () => {
      for (const [code, playerId] of Object.entries(socket.data.playerOf)) this.countConnection(code, playerId, -1);
    });
  }

  private async bindPlayer(socket: LiveSocket, room: LiveRoom, playerId: string): Promise<void> {
    const code = room.code;
    const before = socket.data.playerOf[code];
    if (before === playerId) return;
    if (before) {
      await socket.leave(roomNames.player(code, before));
      for (const l of LOCALES) await socket.leave(roomNames.players(code, l));
      this.countConnection(code, before, -1);
    }
    socket.data.playerOf[code] = playerId;
    const locale = room.state.participants.get(playerId)?.locale;
    // Its language's room: where the rounds go (see fanOut).
    await socket.join(locale ? [roomNames.player(code, playerId), roomNames.players(code, locale)] : [roomNames.player(code, playerId)]);
    this.countConnection(code, playerId, +1);
  }

  private countConnection(code: string, playerId: string, delta: number): void {
    const perPlayer = this.connections.get(code) ?? new Map<string, number>();
    const count = (perPlayer.get(playerId) ?? 0) + delta;
    if (count > 0) perPlayer.set(playerId, count);
    else perPlayer.delete(playerId);
    if (perPlayer.size > 0) this.connections.set(code, perPlayer);
    else this.connections.delete(code);
    // Only a session held here has a host screen to update from here (server/cluster).
    this.deps.registry.loaded(code).then(
      (room) => room && this.emitHost(room),
      (error: unknown) => this.deps.logger.warn('presence not sent', { code, error: String(error) }),
    );
  }

  private connected(code: string): ReadonlySet<string> {
    return new Set(this.connections.get(code)?.keys() ?? []);
  }

  /** The roster and step of the last view or delta sent to each session's hosts: what the next delta is against. */
  private readonly hostSent = new WeakMap<LiveRoom, { step: string; roster: Map<string, HostParticipant> }>();

  /**
   * The host's view to every host socket of the session; batched (see onCommit) unless
   * `immediate`. A batched send within the same phase and question is a `host:delta` (only
   * what changed: lib/quiz/host-delta.ts); anything else the whole `host:state`.
   */
  private emitHost(room: LiveRoom, immediate = false): void {
    this.throttled(this.hostStates, room, HOST_STATE_INTERVAL_MS, immediate, () => {
      const names = LOCALES.map((locale) => ({ locale, name: roomNames.host(room.code, locale) })).filter(({ name }) => this.mayHaveMembers(name));
      if (names.length === 0) return;
      const state = room.state;
      const now = this.deps.clock.now();
      const connected = this.connected(room.code);
      const roster = hostParticipants(state, connected);
      const step = `${state.phase}:${state.questionIndex}`;
      const sent = this.hostSent.get(room);
      if (!immediate && sent?.step === step) {
        const delta = hostDelta(state, room.quiz, now, roster, sent.roster);
        for (const { name } of names) this.deps.io.to(name).emit('host:delta', delta);
      } else {
        for (const { locale, name } of names) this.deps.io.to(name).emit('host:state', hostView(state, room.quiz, locale, now, connected, roster));
      }
      this.hostSent.set(room, { step, roster: new Map(roster.map((p) => [p.id, p])) });
    });
  }

  /**
   * Whether a room may hold at least `least` sockets, so a view built for it is not wasted:
   * counted here on one node; with several nodes its members may be elsewhere, so always.
   */
  private mayHaveMembers(name: string, least = 1): boolean {
    return this.deps.clustered === true || (this.deps.io.sockets.adapter.rooms.get(name)?.size ?? 0) >= least;
  }

  private hostViewFor(room: LiveRoom, locale: Locale): HostView {
    return hostView(room.state, room.quiz, locale, this.deps.clock.now(), this.connected(room.code));
  }

  private playerViewFor(room: LiveRoom, playerId: string): PlayerView {
    return playerView(room.state, room.quiz, playerId, this.deps.clock.now());
  }
}

/** A host's command as the state machine takes it: turning the two-step join on draws its pattern here. */
function completeCommand(command: HostCommandRequest): HostCommand {
  if (command.action === 'twoStep') return command.on ? { action: 'twoStep', on: true, pattern: newJoinPattern(randomInt) } : { action: 'twoStep', on: false };
  return command;
}
