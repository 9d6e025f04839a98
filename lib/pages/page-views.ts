import type { Locale } from '../quiz/types';
import type { PlayerView } from '../quiz/views';

/**
 * What a page rendered on the server may read from the live server in the same process,
 * so that the first HTML already shows what the socket would show a moment later (the
 * question on a player's phone, before ~170 KB of script and a WebSocket round trip).
 *
 * Why a global: Next bundles the pages apart from the server (server/main.ts), so the two
 * never share a module instance; `Symbol.for` is the one name both bundles resolve alike.
 * Absent (a page rendered with no live server, as in `next build`), pages render as before.
 */
export interface PageViews {
  /**
   * The view the player holding `playerSecret` would get on resuming in `locale`, from the
   * session this process holds or (several nodes) from the node that runs it; null when
   * none does or none answers in time (the page then waits for the socket, as it always
   * could). Never loads, claims nor changes a session.
   */
  playerView(code: string, playerSecret: string, locale: Locale): Promise<PlayerView | null>;
}

const KEY = Symbol.for('stackhouse.page-views');
type WithPageViews = typeof globalThis & { [KEY]?: PageViews };

/** Called once by the server process; undefined takes the views away again. */
export function providePageViews(views: PageViews | undefined): void {
  (globalThis as WithPageViews)[KEY] = views;
}

/** The live server's views, when a live server runs in this process. */
export function pageViews(): PageViews | undefined {
  return (globalThis as WithPageViews)[KEY];
}
