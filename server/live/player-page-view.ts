import type { PageViews } from '../../lib/pages/page-views';
import { playerView } from '../../lib/quiz/views';
import type { Clock } from '../clock';
import { findBySecret } from '../secrets';
import type { SessionRegistry } from './session-registry';

/**
 * The live views a page may render on the server (lib/pages/page-views.ts): a player's,
 * read from the session this node holds in memory. Read only: it never loads a session
 * (with several nodes another may own it, and loading would take it over) and never marks
 * the player connected or changes their language; the socket's `player:resume` does that.
 * The ranking of a copied roster is computed again (O(n log n)); only a language switch pays it.
 */
export function livePageViews(registry: SessionRegistry, clock: Clock): PageViews {
  return {
    async playerView(code, playerSecret, locale) {
      const room = await registry.loaded(code);
      if (!room) return null;
      const state = room.state;
      const player = findBySecret(state.participants.values(), playerSecret);
      if (!player || player.removed) return null;
      if (player.locale === locale) return playerView(state, room.quiz, player.id, clock.now());
      // The page in the other language (its language switcher): the screen in that language,
      // from a copy of the state; the seat's own changes when the socket's resume says so.
      const asOnThisPage = { ...state, participants: state.participants.with(player.id, { ...player, locale }) };
      return playerView(asOnThisPage, room.quiz, player.id, clock.now());
    },
  };
}
