import type { HostParticipant, HostView } from './views';

/**
 * What changed on the host's screen since the last `host:state` or `host:delta` sent to the
 * session's hosts, for the events that come in bursts (answers, joins, language changes,
 * phones connecting): the counts, the live distribution, the top of the table, and only the
 * roster entries that changed or are new. At 2,000 players a whole HostView is ~300 KB; an
 * answer burst sent twenty of them a second (the server's time, the projector's network and
 * its JSON parsing). Phase changes and host commands still send the whole view.
 *
 * `phase` and `questionIndex` come first: a reader can tell the step from the first bytes.
 */
export interface HostDelta {
  phase: HostView['phase'];
  questionIndex: number;
  code: string;
  serverNow: number;
  timer: HostView['timer'];
  answeredCount: number;
  activeCount: number;
  distribution: HostView['distribution'];
  standings: HostView['standings'];
  /** Roster entries that changed or joined since the last send, in joining order. */
  participants: HostParticipant[];
}

/**
 * The host's view after a delta: changed entries replace theirs, new ones are appended (in
 * joining order). Returns `view` itself when the delta is for another session or step
 * (a step change always comes as a whole view, so such a delta is stale).
 */
export function withHostDelta(view: HostView, delta: HostDelta): HostView {
  if (view.code !== delta.code || view.phase !== delta.phase || view.questionIndex !== delta.questionIndex) return view;
  let participants = view.participants;
  if (delta.participants.length > 0) {
    const changed = new Map(delta.participants.map((p) => [p.id, p]));
    participants = view.participants.map((p) => {
      const next = changed.get(p.id);
      if (next) changed.delete(p.id);
      return next ?? p;
    });
    for (const p of changed.values()) participants.push(p);
  }
  return {
    ...view,
    serverNow: delta.serverNow,
    timer: delta.timer,
    answeredCount: delta.answeredCount,
    activeCount: delta.activeCount,
    distribution: delta.distribution,
    standings: delta.standings,
    participants,
  };
}
