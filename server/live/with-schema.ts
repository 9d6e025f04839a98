import type { Ack } from '../../lib/protocol/events';
import { protocolError, type ErrorCode } from '../../lib/protocol/errors';
import { clientEventSchemas, type ClientEventName, type ClientPayload } from '../../lib/protocol/schemas';
import type { Logger } from '../logger';
import type { LiveSocket } from './socket-types';

/** Shorthand for a failed acknowledgement. */
export const failure = (code: ErrorCode): { ok: false; error: ReturnType<typeof protocolError> } => ({ ok: false, error: protocolError(code) });

/**
 * Registers a handler that only ever sees a payload its schema accepted. A bad payload is
 * answered with BAD_REQUEST naming the fields at fault; a throw becomes INTERNAL, logged
 * here and never sent to the client with its details. A message sent without an
 * acknowledgement callback cannot be answered, so it is dropped.
 */
export function withSchema<E extends ClientEventName, T>(
  socket: LiveSocket,
  event: E,
  logger: Logger,
  handler: (payload: ClientPayload<E>) => Promise<Ack<T>>,
): void {
  const schema = clientEventSchemas[event];
  // The typed event map fixes the handler's shape; validation happens below, so the
  // untyped arguments are treated as unknown.
  (socket.on as (ev: string, listener: (...args: unknown[]) => void) => void)(event, (...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof ack !== 'function') return;
    const reply = ack as (response: Ack<T>) => void;
    const parsed = schema.safeParse(args.length === 2 ? args[0] : undefined);
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ');
      reply({ ok: false, error: protocolError('BAD_REQUEST', `Invalid ${event} payload: ${where}`) });
      return;
    }
    handler(parsed.data as ClientPayload<E>).then(reply, (error: unknown) => {
      logger.error('handler failed', { event, error: error instanceof Error ? error.stack : String(error) });
      reply(failure('INTERNAL'));
    });
  });
}
