/**
 * Protocol version, sent by every client in the handshake (`auth.protocol`). Bump it when a
 * change would make an older client misbehave; the server then refuses the old client with
 * PROTOCOL_MISMATCH so it reloads instead.
 */
export const PROTOCOL_VERSION = 1;
