import type { Note } from '../board/model';
import { HOST_AUTHOR } from '../board/model';
import type { DiagramId } from '../diagram/ids';
import type { Locale, Localized, Topic } from '../quiz/types';
import { TOPICS } from '../quiz/types';
import type { CohortDashboard, CohortInfo, DashboardMember, LiveRoundInfo, MemberView, MissedQuestion, OpenQuestion, ReplyNotice, ScoreFigure } from './views';

/*
 * The figures of a cohort space, computed from what is stored: members, card reads, answers
 * and the notes on its boards. Pure, so the dashboard equals what members did by construction
 * and tests can check it without a server.
 */

export interface MemberFacts {
  id: string;
  name: string;
  locale: Locale;
  resumeCode: string;
  joinedAt: number;
  lastActiveAt: number;
  seenReplyIds: string[];
}

export interface CardFact {
  memberId: string;
  cardId: string;
  at: number;
}

export interface AnswerFact {
  memberId: string;
  questionId: string;
  share: number | null;
  correct: boolean | null;
  at: number;
}

export interface BoardNotes {
  diagramId: DiagramId;
  notes: Note[];
}

/** What the figures need to know of a question: its topic and its prompt. */
export interface QuestionFacts {
  topic: Topic;
  prompt: Localized;
}

/** Answered graded questions and the mean share right over them. */
export function scoreOf(answers: readonly AnswerFact[]): ScoreFigure {
  const graded = answers.filter((a) => a.share !== null);
  return { answered: answers.length, score: graded.length === 0 ? null : graded.reduce((sum, a) => sum + a.share!, 0) / graded.length };
}

function byTopic(answers: readonly AnswerFact[], questions: ReadonlyMap<string, QuestionFacts>, topics: readonly Topic[]): Partial<Record<Topic, ScoreFigure>> {
  const result: Partial<Record<Topic, ScoreFigure>> = {};
  for (const topic of topics) result[topic] = scoreOf(answers.filter((a) => questions.get(a.questionId)?.topic === topic));
  return result;
}

/** The facilitator's dashboard, in `locale`. Counts only cards and questions that belong to the space. */
export function buildDashboard(input: {
  info: CohortInfo;
  members: readonly MemberFacts[];
  cards: readonly CardFact[];
  answers: readonly AnswerFact[];
  boards: readonly BoardNotes[];
  online: ReadonlySet<string>;
  questions: ReadonlyMap<string, QuestionFacts>;
  locale: Locale;
  facilitatorName: string;
  liveRound: LiveRoundInfo | null;
}): CohortDashboard {
  const { info, questions } = input;
  const inSpaceCards = new Set(info.cardIds);
  const inSpaceQuestions = new Set(info.questionIds);
  const cards = input.cards.filter((c) => inSpaceCards.has(c.cardId));
  const answers = input.answers.filter((a) => inSpaceQuestions.has(a.questionId));
  const topics = TOPICS.filter((t) => info.topics.includes(t));

  const members: DashboardMember[] = input.members.map((m) => {
    const mine = answers.filter((a) => a.memberId === m.id);
    const read = cards.filter((c) => c.memberId === m.id).length;
    return {
      id: m.id,
      name: m.name,
      locale: m.locale,
      joinedAt: m.joinedAt,
      lastActiveAt: m.lastActiveAt,
      online: input.online.has(m.id),
      started: read > 0 || mine.length > 0,
      cardsRead: read,
      answered: mine.length,
      score: scoreOf(mine).score,
      byTopic: byTopic(mine, questions, topics),
    };
  });

  const cohortByTopic = byTopic(answers, questions, topics);
  const mostMissed: MissedQuestion[] = info.questionIds
    .flatMap((questionId) => {
      const facts = questions.get(questionId);
      const on = answers.filter((a) => a.questionId === questionId && a.correct !== null);
      const missed = on.filter((a) => a.correct === false).length;
      return facts && missed > 0 ? [{ questionId, topic: facts.topic, prompt: facts.prompt[input.locale], answered: on.length, missed }] : [];
    })
    .sort((a, b) => b.missed / b.answered - a.missed / a.answered || b.missed - a.missed || info.questionIds.indexOf(a.questionId) - info.questionIds.indexOf(b.questionId));

  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const openQuestions: OpenQuestion[] = input.boards
    .flatMap(({ diagramId, notes }) =>
      notes
        .filter((n) => !n.resolved && !n.hidden && n.text.trim() !== '')
        .map((n) => ({ diagramId, noteId: n.id, authorName: authorName(n.author, names, input.facilitatorName), text: n.text, replies: n.replies.length, at: n.createdAt })),
    )
    .sort((a, b) => b.at - a.at || a.noteId.localeCompare(b.noteId));

  return {
    cohort: info,
    members,
    topics: topics.map((topic) => ({ topic, ...cohortByTopic[topic]! })),
    mostMissed,
    openQuestions,
    liveRound: input.liveRound,
  };
}

function authorName(author: string, names: ReadonlyMap<string, string>, facilitatorName: string): string {
  return author === HOST_AUTHOR ? facilitatorName : (names.get(author) ?? '?');
}

/** Replies by someone else to `memberId`'s notes that they have not marked as seen, newest first. */
export function replyNotices(memberId: string, boards: readonly BoardNotes[], members: readonly MemberFacts[], seen: readonly string[], facilitatorName: string): ReplyNotice[] {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const seenIds = new Set(seen);
  return boards
    .flatMap(({ diagramId, notes }) =>
      notes
        .filter((n) => n.author === memberId && !n.hidden)
        .flatMap((n) =>
          n.replies
            .filter((r) => r.author !== memberId && !seenIds.has(r.id))
            .map((r) => ({
              replyId: r.id,
              noteId: n.id,
              diagramId,
              noteText: n.text,
              byName: authorName(r.author, names, facilitatorName),
              byFacilitator: r.author === HOST_AUTHOR,
              text: r.text,
              at: r.at,
            })),
        ),
    )
    .sort((a, b) => b.at - a.at || a.replyId.localeCompare(b.replyId));
}

/** One member's view of the space. Carries their own answers only. */
export function buildMemberView(input: {
  info: CohortInfo;
  member: MemberFacts;
  members: readonly MemberFacts[];
  cards: readonly CardFact[];
  answers: readonly AnswerFact[];
  boards: readonly BoardNotes[];
  facilitatorName: string;
  liveRound: LiveRoundInfo | null;
}): MemberView {
  const { member } = input;
  const inSpaceCards = new Set(input.info.cardIds);
  const inSpaceQuestions = new Set(input.info.questionIds);
  return {
    cohort: input.info,
    me: { id: member.id, name: member.name, resumeCode: member.resumeCode },
    cardsRead: input.cards.filter((c) => c.memberId === member.id && inSpaceCards.has(c.cardId)).map((c) => c.cardId),
    answers: Object.fromEntries(
      input.answers.filter((a) => a.memberId === member.id && inSpaceQuestions.has(a.questionId)).map((a) => [a.questionId, { share: a.share, correct: a.correct, at: a.at }]),
    ),
    notices: replyNotices(member.id, input.boards, input.members, member.seenReplyIds, input.facilitatorName),
    members: input.members.map((m) => ({ id: m.id, name: m.name })),
    liveRound: input.liveRound,
  };
}
