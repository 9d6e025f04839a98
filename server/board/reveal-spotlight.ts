import { toBase64 } from '../../lib/board/codec';
import { readSettings } from '../../lib/board/model';
import { updateSettings } from '../../lib/board/notes';
import type { DiagramId, RegionId } from '../../lib/diagram/ids';
import type { SessionEvent, SessionState } from '../../lib/quiz/machine';
import { publicReveal } from '../../lib/quiz/display';
import type { LiveRoom } from '../live/live-room';
import type { LiveServer } from '../live/socket-types';
import type { Logger } from '../logger';
import { boardRoom } from './board-handlers';
import type { BoardStore } from './board-store';

/**
 * When a question about a diagram region is revealed, the session's open board of that
 * diagram spotlights the region for everyone, as if the facilitator had. Boards nobody has
 * open are left alone (and no row is written for them). When the next question starts, that
 * spotlight is taken off again (unless the facilitator has moved it since): left on, it
 * could point at the next question's answer.
 */
export function spotlightOnReveal(deps: { io: LiveServer; boards: BoardStore; logger: Logger }) {
  /** Session code -> the spotlight its last reveal set. */
  const setByReveal = new Map<string, { diagramId: DiagramId; regionId: RegionId }>();

  const write = (code: string, diagramId: DiagramId, spotlight: RegionId | null, only?: RegionId) => {
    const target = boardRoom(code, diagramId);
    deps.boards
      .read(code, diagramId, readSettings)
      .then((settings) => {
        if (only !== undefined && settings.spotlight !== only) return null;
        return deps.boards.change(code, diagramId, (doc, actor) => updateSettings(doc, actor, { spotlight }));
      })
      .then((update) => {
        if (update) deps.io.to(target).emit('board:update', { code, diagramId, update: toBase64(update) });
      })
      .catch((error: unknown) => deps.logger.warn('reveal spotlight not changed', { code, error: String(error) }));
  };

  return (room: LiveRoom, _event: SessionEvent, previous: SessionState): void => {
    const state = room.state;
    if (state.phase === 'question' && previous.phase !== 'question') {
      const last = setByReveal.get(room.code);
      setByReveal.delete(room.code);
      if (last) write(room.code, last.diagramId, null, last.regionId);
      return;
    }
    if (state.phase === 'podium') setByReveal.delete(room.code);
    if (state.phase !== 'reveal' || previous.phase !== 'question') return;
    const question = room.quiz.questions[state.questionIndex];
    const about = question ? publicReveal(question, room.record.hostLocale).about : null;
    if (!about) return;
    if (!deps.io.sockets.adapter.rooms.get(boardRoom(room.code, about.diagramId))?.size) return;
    setByReveal.set(room.code, about);
    write(room.code, about.diagramId, about.regionId);
  };
}
