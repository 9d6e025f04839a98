import type { ErrorCode } from '../../lib/protocol/errors';
import { nextWakeAt, reduce, type SessionEvent, type SessionState } from '../../lib/quiz/machine';
import type { Quiz } from '../../lib/quiz/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { StaleSessionError, type SessionRecord, type SessionRepository } from '../persistence/types';

export type DispatchResult = { ok: true; state: SessionState; changed: boolean } | { ok: false; code: ErrorCode };

export interface LiveRoomDeps {
  record: SessionRecord;
  quiz: Quiz;
  state: SessionState;
  /** seq of the last stored event. */
  lastSeq: number;
  sessions: SessionRepository;
  clock: Clock;
  logger: Logger;
  /** False for a copy only read (another node runs the session): no timer is armed. */
  timers?: boolean;
  /** What this room holds is stale (another node wrote to the session): the holder drops it. */
  onStale?: (room: LiveRoom) => void;
  /** Called after an event is stored and applied, in order. */
  onCommit: (room: LiveRoom, event: SessionEvent, previous: SessionState) => void;
}

/**
 * One live session in memory: applies events one at a time, stores each before it counts,
 * and keeps the server timer in step with the state. Knows nothing of sockets.
 */
export class LiveRoom {
  readonly record: SessionRecord;
  readonly quiz: Quiz;
  private current: SessionState;
  private lastSeq: number;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly deps: LiveRoomDeps) {
    this.record = deps.record;
    this.quiz = deps.quiz;
    this.current = deps.state;
    this.lastSeq = deps.lastSeq;
    this.closed = deps.timers === false;
    this.reschedule();
  }

  get state(): SessionState {
    return this.current;
  }

  get code(): string {
    return this.record.code;
  }

  /**
   * Applies an event after the ones before it. Resolves once it is stored; a failed write
   * leaves the state as it was and reports STORAGE_UNAVAILABLE.
   */
  dispatch(event: SessionEvent): Promise<DispatchResult> {
    const run = this.queue.then(() => this.apply(event));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every event dispatched so far is stored (or refused). */
  async drain(): Promise<void> {
    await this.queue;
  }

  /** Stops the timer; the room takes no more events. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async apply(event: SessionEvent): Promise<DispatchResult> {
    if (this.closed) return { ok: false, code: 'INTERNAL' };
    const now = this.deps.clock.now();
    const previous = this.current;
    const result = reduce(previous, event, { now, quiz: this.quiz });
    if (!result.ok) return result;
    if (result.state === previous) {
      // A timer that fired a hair early changes nothing; arm it again.
      if (event.type === 'tick') this.reschedule();
      return { ok: true, state: previous, changed: false };
    }
    const seq = this.lastSeq + 1;
    try {
      await this.deps.sessions.appendEvent(this.record.id, { seq, at: now, event });
      if (result.state.phase === 'podium' && previous.phase !== 'podium') {
        await this.deps.sessions.setStatus(this.record.id, 'ended');
      }
    } catch (error) {
      this.deps.logger.error('event not stored', { code: this.code, type: event.type, error: String(error) });
      if (error instanceof StaleSessionError) {
        this.close();
        this.deps.onStale?.(this);
      }
      return { ok: false, code: 'STORAGE_UNAVAILABLE' };
    }
    this.lastSeq = seq;
    this.current = result.state;
    this.reschedule();
    this.deps.onCommit(this, event, previous);
    return { ok: true, state: result.state, changed: true };
  }

  /** The timer follows the state: whenever a deadline exists, a tick is due at it. */
  private reschedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const wake = nextWakeAt(this.current);
    if (wake === null || this.closed) return;
    const delay = Math.max(0, wake - this.deps.clock.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      const retry = () => {
        // A tick that could not be applied is retried shortly, so the game does not hang.
        if (!this.closed) this.timer = setTimeout(() => this.reschedule(), 1000);
      };
      this.dispatch({ type: 'tick' }).then(
        (r) => r.ok || retry(),
        (error: unknown) => {
          this.deps.logger.error('timer tick failed', { code: this.code, error: String(error) });
          retry();
        },
      );
    }, delay);
    this.timer.unref?.();
  }
}
