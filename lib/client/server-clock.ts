/** Milliseconds to add to Date.now() to get the server's clock, from a view's serverNow. */
export function clockOffset(serverNow: number, receivedAt: number = Date.now()): number {
  return serverNow - receivedAt;
}

/** Time left before `endsAt` (server ms), as this browser sees it. */
export function remainingMs(endsAt: number, offset: number, now: number = Date.now()): number {
  return Math.max(0, endsAt - (now + offset));
}
