import { nicknameKey } from './nickname';

/**
 * Rows the host's player list draws at most. A room of 2,000 drawn whole is ~30,000 elements
 * (each row has a select and a button), redrawn on every update of an answer burst: the
 * projector's browser stalls. Nobody scrolls 2,000 rows to find one student; the host types
 * the name.
 */
export const ROSTER_SHOWN = 50;

/**
 * The players whose nickname contains `query`, compared as nicknames are (case and accents
 * folded: "jose" finds "José"), in joining order: at most `limit` of them, and how many matched.
 */
export function findPlayers<P extends { nickname: string }>(players: readonly P[], query: string, limit: number): { shown: P[]; matched: number } {
  const wanted = nicknameKey(query.trim());
  const matching = wanted === '' ? players : players.filter((p) => nicknameKey(p.nickname).includes(wanted));
  return { shown: matching.slice(0, limit), matched: matching.length };
}
