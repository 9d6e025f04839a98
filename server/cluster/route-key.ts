/**
 * Which room an event belongs to, so a node can tell whether it runs the event itself or
 * relays it to the room's owner. Pure; the payload is not trusted: anything that does not
 * look like a room code stays on the node that received it, whose handlers refuse it.
 */

/** Events that act on a live session or a shared board, by the payload's `code`. */
const ROOM_EVENTS: ReadonlySet<string> = new Set([
  'host:attach',
  'host:command',
  'player:join',
  'player:resume',
  'player:locale',
  'answer:submit',
  'board:join',
  'board:update',
  'board:sync',
]);

/** A session's join code (6) or a cohort space's invitation code (8), as the schemas normalise them. */
const ROOM_CODE = /^(?:[A-Z0-9]{6}|[A-Z0-9]{8})$/;

export function routeKey(event: string, payload: unknown): string | undefined {
  if (!ROOM_EVENTS.has(event) || typeof payload !== 'object' || payload === null) return undefined;
  const raw = (payload as { code?: unknown }).code;
  if (typeof raw !== 'string' || raw.length > 40) return undefined;
  const upper = raw.trim().toUpperCase();
  // Invitation codes may be typed with spaces or hyphens (the schema drops them).
  const code = upper.length === 6 ? upper : upper.replace(/[\s-]/g, '');
  return ROOM_CODE.test(code) ? code : undefined;
}

/** The rooms a socket is bound to, from what the handlers stored on it and the boards it joined. */
export function roomsOfSocket(data: { hostOf?: Record<string, unknown>; playerOf?: Record<string, unknown> }, joinedRooms: Iterable<string>): Set<string> {
  const keys = new Set<string>([...Object.keys(data.hostOf ?? {}), ...Object.keys(data.playerOf ?? {})]);
  for (const room of joinedRooms) {
    const [prefix, code] = room.split(':');
    if (prefix === 'board' && code) keys.add(code);
  }
  return keys;
}
