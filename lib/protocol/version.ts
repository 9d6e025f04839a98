/**
 * Protocol version, sent by every client in the handshake (`auth.protocol`). Bump it when a
 * change would make an older client misbehave; the server then refuses the old client with
 * PROTOCOL_MISMATCH so it reloads instead. 2: questions start as `player:round`, bursts reach
 * the host as `host:delta`, and an answer's view comes back only to the player's other sockets
 * (a page of version 1 would miss the questions). 3: reveals, leaderboards and the podium reach
 * players as `player:own` each and one `player:round` per language.
 */
export const PROTOCOL_VERSION = 3;
