import { describe, expect, it } from 'vitest';
import type { Note } from '../../../lib/board/model';
import { buildDashboard, buildMemberView, replyNotices, scoreOf, type AnswerFact, type MemberFacts, type QuestionFacts } from '../../../lib/cohort/figures';
import type { CohortInfo } from '../../../lib/cohort/views';

const info: CohortInfo = {
  id: 'c1',
  name: 'Platform team',
  locale: 'en',
  deadline: null,
  topics: ['containers', 'virtual-machines'],
  questionIds: ['q1', 'q2', 'q3', 'poll'],
  cardIds: ['card-a', 'card-b'],
  inviteCode: 'ABCD2345',
  closed: false,
  createdAt: 0,
};
const questions = new Map<string, QuestionFacts>([
  ['q1', { topic: 'virtual-machines', prompt: { en: 'One?', pt: 'Um?' } }],
  ['q2', { topic: 'containers', prompt: { en: 'Two?', pt: 'Dois?' } }],
  ['q3', { topic: 'containers', prompt: { en: 'Three?', pt: 'Três?' } }],
  ['poll', { topic: 'containers', prompt: { en: 'Poll?', pt: 'Enquete?' } }],
  ['elsewhere', { topic: 'containers', prompt: { en: 'Not in the space', pt: 'Fora' } }],
]);
const member = (id: string, name: string, seen: string[] = []): MemberFacts => ({ id, name, locale: 'en', resumeCode: `R${id}`, joinedAt: 1, lastActiveAt: 2, seenReplyIds: seen });
const answer = (memberId: string, questionId: string, share: number | null): AnswerFact => ({ memberId, questionId, share, correct: share === null ? null : share === 1, at: 5 });
const note = (id: string, author: string, extra: Partial<Note> = {}): Note => ({
  id,
  author,
  kind: 'note',
  regionId: 'ha-house',
  x: 0.5,
  y: 0.5,
  text: `text of ${id}`,
  createdAt: 10,
  resolved: false,
  hidden: false,
  replies: [],
  reactions: {},
  ...extra,
});

const members = [member('ana', 'Ana', ['r-old']), member('bia', 'Bia'), member('caio', 'Caio')];
const answers = [answer('ana', 'q1', 1), answer('ana', 'q2', 0.5), answer('ana', 'poll', null), answer('bia', 'q2', 0), answer('bia', 'q3', 1), answer('bia', 'elsewhere', 0)];
const boards = [
  {
    diagramId: 'house-apartment' as const,
    notes: [
      note('n1', 'ana', { replies: [{ id: 'r-old', author: 'bia', text: 'old', at: 11 }, { id: 'r-new', author: 'host', text: 'new', at: 12 }, { id: 'r-self', author: 'ana', text: 'me', at: 13 }] }),
      note('n2', 'bia', { resolved: true }),
      note('n3', 'host', { createdAt: 20 }),
      note('n4', 'caio', { hidden: true }),
    ],
  },
];

describe('cohort figures', () => {
  it('scores are the mean share right over graded answers; polls count as answered only', () => {
    expect(scoreOf([answer('a', 'q1', 1), answer('a', 'q2', 0.5), answer('a', 'poll', null)])).toEqual({ answered: 3, score: 0.75 });
    expect(scoreOf([])).toEqual({ answered: 0, score: null });
  });

  it('the dashboard counts what each member did, per topic, and the most missed first', () => {
    const cards = [
      { memberId: 'bia', cardId: 'card-a', at: 3 },
      { memberId: 'bia', cardId: 'not-in-space', at: 3 },
    ];
    const d = buildDashboard({ info, members, cards, answers, boards, online: new Set(['bia']), questions, locale: 'pt', facilitatorName: 'Facilitador', liveRound: null });
    const [ana, bia, caio] = d.members;
    expect(ana).toMatchObject({ answered: 3, cardsRead: 0, started: true, score: 0.75, online: false });
    expect(ana!.byTopic).toEqual({ 'virtual-machines': { answered: 1, score: 1 }, containers: { answered: 2, score: 0.5 } });
    expect(bia).toMatchObject({ answered: 2, cardsRead: 1, started: true, score: 0.5, online: true });
    expect(caio).toMatchObject({ answered: 0, cardsRead: 0, started: false, score: null });
    // CONTENT.md's topic order, not the order they were picked in.
    expect(d.topics).toEqual([
      { topic: 'virtual-machines', answered: 1, score: 1 },
      { topic: 'containers', answered: 4, score: 0.5 },
    ]);
    // q2: two answers, both not fully right. The question outside the space is not counted.
    expect(d.mostMissed).toEqual([{ questionId: 'q2', topic: 'containers', prompt: 'Dois?', answered: 2, missed: 2 }]);
    expect(d.openQuestions.map((q) => [q.noteId, q.authorName, q.replies])).toEqual([
      ['n3', 'Facilitador', 0],
      ['n1', 'Ana', 3],
    ]);
  });

  it('a member is told of replies by others to their notes, not of their own or seen ones', () => {
    expect(replyNotices('ana', boards, members, ['r-old'], 'Facilitator')).toEqual([
      { replyId: 'r-new', noteId: 'n1', diagramId: 'house-apartment', noteText: 'text of n1', byName: 'Facilitator', byFacilitator: true, text: 'new', at: 12 },
    ]);
    expect(replyNotices('bia', boards, members, [], 'Facilitator')).toEqual([]);
  });

  it('a member view carries only that member’s answers', () => {
    const view = buildMemberView({ info, member: members[1]!, members, cards: [], answers, boards, facilitatorName: 'Facilitator', liveRound: { code: 'K7PM3Q', startedAt: 9 } });
    expect(Object.keys(view.answers).sort()).toEqual(['q2', 'q3']);
    expect(view.me).toEqual({ id: 'bia', name: 'Bia', resumeCode: 'Rbia' });
    expect(view.members).toEqual([
      { id: 'ana', name: 'Ana' },
      { id: 'bia', name: 'Bia' },
      { id: 'caio', name: 'Caio' },
    ]);
    expect(JSON.stringify(view)).not.toContain('Rana');
    expect(view.liveRound).toEqual({ code: 'K7PM3Q', startedAt: 9 });
  });
});
