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

/** Most events stored in one write (one multi-row insert). */
const MAX_BATCH = 200;

interface Pending {
  event: SessionEvent;
  resolve: (result: DispatchResult) => void;
}

/**
 * One live session in memory: applies events in the order they came, stores each before it
 * counts, and keeps the server timer in step with the state. Knows nothing of sockets.
 *
 * Events are stored in batches (group commit): what arrived while the loop was reading
 * sockets is applied in order to a tentative state and written in one statement; only once
 * that write succeeded does the room take the new state, fan each event out (`onCommit`, in
 * order) and resolve each dispatch. An answer burst of 2,000 paid one insert and commit
 * each (bench/README.md). A failed write refuses the whole batch and changes nothing.
 */
export class LiveRoom {
  readonly record: SessionRecord;
  readonly quiz: Quiz;
  private current: SessionState;
  private lastSeq: number;
  private pending: Pending[] = [];
  /** A flush is due (setImmediate) or running. */
  private flushing: Promise<void> | null = null;
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
    return new Promise((resolve) => {
      this.pending.push({ event, resolve });
      this.scheduleFlush();
    });
  }

  /** Resolves once every event dispatched so far is stored (or refused). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Stops the timer; the room takes no more events. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    // setImmediate: the events of every socket read in this turn of the loop join the batch.
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.flush())
      .catch((error: unknown) => this.deps.logger.error('events not applied', { code: this.code, error: String(error) }))
      .finally(() => {
        this.flushing = null;
        if (this.pending.length > 0) this.scheduleFlush();
      });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      const results = await this.applyBatch(batch.map((p) => p.event));
      batch.forEach((p, i) => p.resolve(results[i]!));
    }
  }

  private async applyBatch(events: readonly SessionEvent[]): Promise<DispatchResult[]> {
    if (this.closed) return events.map(() => ({ ok: false, code: 'INTERNAL' }));
    const now = this.deps.clock.now();
    const results: DispatchResult[] = [];
    const accepted: { index: number; event: SessionEvent; previous: SessionState; state: SessionState; seq: number }[] = [];
    let state = this.current;
    let earlyTick = false;
    events.forEach((event, index) => {
      const result = reduce(state, event, { now, quiz: this.quiz });
      if (!result.ok) return void (results[index] = result);
      if (result.state === state) {
        // A timer that fired a hair early changes nothing; arm it again.
        if (event.type === 'tick') earlyTick = true;
        return void (results[index] = { ok: true, state, changed: false });
      }
      accepted.push({ index, event, previous: state, state: result.state, seq: this.lastSeq + accepted.length + 1 });
      state = result.state;
    });
    if (accepted.length > 0) {
      try {
        await this.deps.sessions.appendEvents(
          this.record.id,
          accepted.map((a) => ({ seq: a.seq, at: now, event: a.event })),
        );
        if (state.phase === 'podium' && this.current.phase !== 'podium') await this.deps.sessions.setStatus(this.record.id, 'ended');
      } catch (error) {
        this.deps.logger.error('events not stored', { code: this.code, types: accepted.map((a) => a.event.type).join(','), error: String(error) });
        if (error instanceof StaleSessionError) {
          this.close();
          this.deps.onStale?.(this);
        }
        // Nothing of the batch counts; a refusal worked out against it may not hold either.
        return events.map(() => ({ ok: false, code: 'STORAGE_UNAVAILABLE' }));
      }
    }
    for (const a of accepted) {
      // Each event is fanned out against the state it led to, as if applied alone.
      this.lastSeq = a.seq;
      this.current = a.state;
      this.reschedule();
      results[a.index] = { ok: true, state: a.state, changed: true };
      try {
        this.deps.onCommit(this, a.event, a.previous);
      } catch (error) {
        // Stored is stored: a failed fan-out must not refuse the event, nor the ones after it.
        this.deps.logger.error('views not sent', { code: this.code, type: a.event.type, error: String(error) });
      }
    }
    if (earlyTick && accepted.length === 0) this.reschedule();
    return results;
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
