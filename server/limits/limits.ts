/**
 * How much one connection, one address and one room may ask of the server. Defaults suit a
 * classroom: a class of 500 behind one school address joins within a minute, a phone's
 * cursor at 10 Hz never comes near, a script sending as fast as it can is cut off.
 */
export interface Limits {
  /** Acknowledged events per socket: burst and per second. */
  eventsBurst: number;
  eventsPerSecond: number;
  /** Awareness (cursor) frames per socket: burst and per second; over it they are dropped. */
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Refused events (over a limit, too large) a socket may collect in a minute before it is disconnected. */
  strikesPerMinute: number;
  /** Largest payload of a quiz or cohort event, in bytes of JSON (board updates have their own cap). */
  maxEventBytes: number;
  /** Joins (player:join, POST /api/cohorts/join) per address: burst and per second. */
  joinsPerAddressBurst: number;
  joinsPerAddressPerSecond: number;
  /** Joins per room: burst and per second. */
  joinsPerRoomBurst: number;
  joinsPerRoomPerSecond: number;
  /** Players one live session holds. */
  maxPlayersPerRoom: number;
}

export const DEFAULT_LIMITS: Limits = {
  eventsBurst: 40,
  eventsPerSecond: 20,
  awarenessBurst: 40,
  awarenessPerSecond: 25,
  strikesPerMinute: 60,
  maxEventBytes: 4 * 1024,
  // 200 at once, then 10 a second: 500 from one address in 30 s.
  joinsPerAddressBurst: 200,
  joinsPerAddressPerSecond: 10,
  joinsPerRoomBurst: 300,
  joinsPerRoomPerSecond: 20,
  maxPlayersPerRoom: 5000,
};
