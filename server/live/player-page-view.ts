import type { PageViews } from '../../lib/pages/page-views';
import { playerView } from '../../lib/quiz/views';
import type { Clock } from '../clock';
import { secretMatches } from '../secrets';
import type { SessionRegistry } from './session-registry';

/**
 * The live views a page may render on the server (lib/pages/page-views.ts): a player's,
 * read from the session this node holds in memory. Read only: it never loads a session
 * (with several nodes another may own it, and loading would take it over) and never marks
 * the player connected or changes their language; the socket's `player:resume` does that.
 */
export function livePageViews(registry: SessionRegistry, clock: Clock): PageViews {
  return {
    async playerView(code, playerSecret, locale) {
      const room = await registry.loaded(code);
      if (!room) return null;
      const player = room.state.participants.values().find((p) => secretMatches(playerSecret, p.secretHash));
      // Another language: the socket's resume switches it first, so its view is the right one.
      if (!player || player.removed || player.locale !== locale) return null;
      return playerView(room.state, room.quiz, player.id, clock.now());
    },
  };
}
