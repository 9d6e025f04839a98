import { activeParticipants, type SessionState } from './machine';

export interface StandingEntry {
  playerId: string;
  nickname: string;
  score: number;
  /** Competition ranking: equal scores share a rank (1, 1, 3). */
  rank: number;
  streak: number;
}

/** Active players by score, highest first; ties keep joining order and share a rank. */
export function standings(state: SessionState): StandingEntry[] {
  const sorted = activeParticipants(state)
    .map((p, order) => ({ p, order }))
    .sort((a, b) => b.p.score - a.p.score || a.order - b.order);
  const entries: StandingEntry[] = [];
  sorted.forEach(({ p }, i) => {
    const previous = entries[i - 1];
    const rank = previous && previous.score === p.score ? previous.rank : i + 1;
    entries.push({ playerId: p.id, nickname: p.nickname, score: p.score, rank, streak: p.streak });
  });
  return entries;
}
