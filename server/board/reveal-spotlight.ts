import { toBase64 } from '../../lib/board/codec';
import { updateSettings } from '../../lib/board/notes';
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
 * open are left alone (and no row is written for them).
 */
export function spotlightOnReveal(deps: { io: LiveServer; boards: BoardStore; logger: Logger }) {
  return (room: LiveRoom, _event: SessionEvent, previous: SessionState): void => {
    const state = room.state;
    if (state.phase !== 'reveal' || previous.phase !== 'question') return;
    const question = room.quiz.questions[state.questionIndex];
    const about = question ? publicReveal(question, room.record.hostLocale).about : null;
    if (!about) return;
    const target = boardRoom(room.code, about.diagramId);
    if (!deps.io.sockets.adapter.rooms.get(target)?.size) return;
    deps.boards
      .change(room.code, about.diagramId, (doc, actor) => updateSettings(doc, actor, { spotlight: about.regionId }))
      .then((update) => {
        if (update) deps.io.to(target).emit('board:update', { code: room.code, diagramId: about.diagramId, update: toBase64(update) });
      })
      .catch((error: unknown) => deps.logger.warn('reveal spotlight not set', { code: room.code, error: String(error) }));
  };
}
