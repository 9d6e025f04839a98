import { createSession, replay, type SessionEvent, type SessionState } from '../../lib/quiz/machine';
import type { ScoringMode } from '../../lib/quiz/scoring';
import type { Locale, Quiz } from '../../lib/quiz/types';
import type { QuizLibrary, QuizSelection } from './quiz-library';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { DuplicateCodeError, type SessionRecord, type SessionRepository } from '../persistence/types';
import { hashSecret, newId, newJoinCode, newSecret } from '../secrets';
import { LiveRoom } from './live-room';

export interface SessionRegistryDeps {
  sessions: SessionRepository;
  library: QuizLibrary;
  clock: Clock;
  logger: Logger;
  onCommit: (room: LiveRoom, event: SessionEvent, previous: SessionState) => void;
  /**
   * Several nodes (server/cluster): may this node hold the session? A session runs on one
   * node at a time (its timers, its event order); elsewhere it is only read. Alone: always.
   */
  claim?: (code: string) => Promise<boolean>;
  /** A session was created here: this node holds it from the start. */
  adopt?: (code: string) => void;
  /** A session left memory here (finished long ago, or deleted): another node may take it. */
  release?: (code: string) => void;
  /** A session was loaded from storage (after a restart or a takeover): clients need its state again. */
  onLoad?: (room: LiveRoom) => void;
}

/** How long a finished session stays in memory; after that it is reloaded on demand. */
export const FINISHED_SESSION_TTL_MS = 30 * 60 * 1000;

export interface CreatedSession {
  code: string;
  hostSecret: string;
}

/**
 * The live sessions this node holds, by join code. A session not in memory (after a
 * restart) is rebuilt from its stored events on first use.
 */
export class SessionRegistry {
  private readonly rooms = new Map<string, Promise<LiveRoom | undefined>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Set by close(): a closing server loads nothing more from a storage about to close. */
  private closed = false;

  constructor(private readonly deps: SessionRegistryDeps) {}

  /** Forwards a commit, and lets a finished session leave memory after a while. */
  private readonly onCommit = (room: LiveRoom, event: SessionEvent, previous: SessionState): void => {
    this.deps.onCommit(room, event, previous);
    if (room.state.phase === 'podium' && previous.phase !== 'podium') this.scheduleUnload(room.code);
  };

  private scheduleUnload(code: string): void {
    clearTimeout(this.unloadTimers.get(code));
    const timer = setTimeout(() => {
      this.unloadTimers.delete(code);
      const room = this.rooms.get(code);
      this.rooms.delete(code);
      this.deps.release?.(code);
      void room?.then((r) => r?.close());
    }, FINISHED_SESSION_TTL_MS);
    timer.unref();
    this.unloadTimers.set(code, timer);
  }

  /** Creates and stores a session in its lobby. Returns undefined when the selection names no question. */
  async create(input: { selection: QuizSelection; locale: Locale; scoring: ScoringMode }): Promise<CreatedSession | undefined> {
    const quiz = this.deps.library.select(input.selection);
    if (!quiz) return undefined;
    const hostSecret = newSecret();
    for (let attempt = 0; ; attempt++) {
      const record: SessionRecord = {
        id: newId(),
        code: newJoinCode(),
        quizId: quiz.id,
        questionIds: quiz.questions.map((q) => q.id),
        hostSecretHash: hashSecret(hostSecret),
        hostLocale: input.locale,
        scoring: input.scoring,
        createdAt: this.deps.clock.now(),
        status: 'live',
      };
      try {
        await this.deps.sessions.create(record);
      } catch (error) {
        if (error instanceof DuplicateCodeError && attempt < 20) continue;
        throw error;
      }
      const state = initialState(record, quiz);
      this.deps.adopt?.(record.code);
      this.rooms.set(record.code, Promise.resolve(this.room(record, quiz, state, 0)));
      return { code: record.code, hostSecret };
    }
  }

  /** The session with this code, loading it from storage if needed. */
  get(code: string): Promise<LiveRoom | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    let room = this.rooms.get(code);
    if (!room) {
      room = this.load(code);
      this.rooms.set(code, room);
      // A failed or empty load is not cached, so the next call tries again.
      room.then(
        (r) => r ?? this.rooms.delete(code),
        () => this.rooms.delete(code),
      );
    }
    return room;
  }

  /**
   * The session for reading only: the one held here, or else rebuilt from storage without
   * timers and not kept (another node may hold it). For HTTP reads, which any node answers.
   */
  async read(code: string): Promise<LiveRoom | undefined> {
    // Alone, this node runs every session: reading one is loading it.
    if (!this.deps.claim) return this.get(code);
    const held = await this.rooms.get(code)?.catch(() => undefined);
    if (held) return held;
    if (this.closed) return undefined;
    const loaded = await this.build(code, { readOnly: true });
    loaded?.close();
    return loaded;
  }

  /** The session if this node holds it in memory; never loads (nor claims) one. */
  async loaded(code: string): Promise<LiveRoom | undefined> {
    return this.rooms.get(code)?.catch(() => undefined);
  }

  /** Codes of the sessions in memory here. */
  heldCodes(): string[] {
    return [...this.rooms.keys()];
  }

  /** Whether this node holds the session in memory now. */
  holds(code: string): boolean {
    return this.rooms.has(code);
  }

  /** Stops and forgets a session (its rows are about to be deleted); a later get() reads storage again. */
  async discard(code: string): Promise<void> {
    clearTimeout(this.unloadTimers.get(code));
    this.unloadTimers.delete(code);
    const room = this.rooms.get(code);
    this.rooms.delete(code);
    if (room) this.deps.release?.(code);
    (await room?.catch(() => undefined))?.close();
  }

  /** Loads every unfinished session so that their timers run again after a restart. */
  async resumeLive(): Promise<number> {
    const live = await this.deps.sessions.listLive();
    await Promise.all(live.map((r) => this.get(r.code)));
    return live.length;
  }

  /** Lets every event already dispatched finish its write, then stops every timer. */
  async close(): Promise<void> {
    this.closed = true;
    const rooms = await Promise.all([...this.rooms.values()].map((p) => p.catch(() => undefined)));
    await Promise.all(rooms.map((room) => room?.drain()));
    for (const room of rooms) room?.close();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    this.rooms.clear();
  }

  private async load(code: string): Promise<LiveRoom | undefined> {
    if (this.deps.claim && !(await this.deps.claim(code))) return undefined;
    const room = await this.build(code, { readOnly: false });
    if (room) this.deps.onLoad?.(room);
    return room;
  }

  private async build(code: string, { readOnly }: { readOnly: boolean }): Promise<LiveRoom | undefined> {
    const record = await this.deps.sessions.findByCode(code);
    if (!record) return undefined;
    const quiz = this.deps.library.rebuild(record.quizId, record.questionIds);
    if (!quiz) {
      this.deps.logger.error('stored session names unknown questions', { code, quizId: record.quizId });
      return undefined;
    }
    const events = await this.deps.sessions.listEvents(record.id);
    const state = replay(initialState(record, quiz), events, quiz);
    const lastSeq = events.at(-1)?.seq ?? 0;
    if (readOnly) return this.room(record, quiz, state, lastSeq, { timers: false });
    this.deps.logger.info('session restored', { code, events: events.length, phase: state.phase });
    if (state.phase === 'podium') this.scheduleUnload(code);
    return this.room(record, quiz, state, lastSeq);
  }

  private room(record: SessionRecord, quiz: Quiz, state: SessionState, lastSeq: number, { timers = true } = {}): LiveRoom {
    // Stale (another node wrote to it): forgotten, so the next use loads it again from storage.
    const onStale = () => void this.discard(record.code);
    return new LiveRoom({ record, quiz, state, lastSeq, timers, onStale, sessions: this.deps.sessions, clock: this.deps.clock, logger: this.deps.logger, onCommit: this.onCommit });
  }
}

function initialState(record: SessionRecord, quiz: Quiz): SessionState {
  return createSession({ code: record.code, shuffleSeed: record.id, quiz, scoring: record.scoring, now: record.createdAt });
}
