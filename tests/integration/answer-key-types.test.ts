import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../lib/content/bank';
import { MISCONCEPTIONS } from '../../lib/content/misconceptions';
import { correctAnswer } from '../../lib/quiz/display';
import { QUESTION_TYPES, type Question } from '../../lib/quiz/types';
import type { HostView, PlayerView } from '../../lib/quiz/views';
import { hostOf, joinAs, removeTempDirs, startServer, type RunningServer } from './support/live-server';

/** One bank question of each type, so the rule is checked for every kind of key. */
const questions = QUESTION_TYPES.map((type) => QUESTION_BANK.find((q) => q.type === type)!);

/** Words or fields that would give a question's answer away. */
function giveaways(question: Question): string[] {
  const out = [question.explanation.en, question.explanation.pt];
  if (question.type === 'short') out.push(...question.display.en.split(' ').length > 1 ? [question.display.en] : []);
  return out;
}

describe('the answer key of every question type', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    removeTempDirs();
  });

  it('reaches no phone and no projector before the reveal, and does reach them at the reveal', async () => {
    expect(questions.every(Boolean), 'the bank has a question of every type').toBe(true);
    server = await startServer({ bank: QUESTION_BANK, misconceptions: MISCONCEPTIONS });
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionIds: questions.map((q) => q.id), locale: 'en', scoring: 'accuracy' }),
    });
    const session = (await res.json()) as { code: string; hostSecret: string };
    expect(res.status).toBe(201);
    const { client: host } = await hostOf(server, session);
    const ana = await joinAs(server, session.code, 'Ana', 'pt');
    const code = session.code;
    // Frames are read from the moment each question opens.
    let hostFrom = host.frames.length;
    let anaFrom = ana.client.frames.length;
    let view = await host.ok('host:command', { code, command: { action: 'start' } });

    for (const [index, question] of questions.entries()) {
      expect(view.phase).toBe('question');
      // Everything the room saw while the question ran, up to the answer that closes it.
      await ana.client.waitFor('player:state', (v: PlayerView) => v.phase === 'question' && v.questionIndex === index);
      const during = JSON.stringify([view, host.frames.slice(hostFrom), ana.client.frames.slice(anaFrom)]);
      for (const secret of giveaways(question)) expect(during.includes(secret), `${question.type}: "${secret}" before the reveal`).toBe(false);
      expect(during, question.type).not.toMatch(/correctRegionIds|correctOptionIds?|"accepted"|"labelId"|"bin":|"correctAnswer":\{/);
      const key = correctAnswer(question);
      const answer = key ?? { type: 'poll' as const, optionId: (question as { options: { id: string }[] }).options[0]!.id };
      const receipt = await ana.client.ok('answer:submit', { code, questionIndex: index, answer });
      expect(receipt).toEqual({ questionIndex: index });

      const revealed = (await host.waitFor('host:state', (v: HostView) => v.phase === 'reveal' && v.questionIndex === index)) as HostView;
      const phone = (await ana.client.waitFor('player:state', (v: PlayerView) => v.phase === 'reveal' && v.questionIndex === index)) as PlayerView;
      expect(revealed.reveal?.explanation).toBe(question.explanation.en);
      expect(phone.reveal?.explanation).toBe(question.explanation.pt);
      expect(phone.reveal?.correctAnswer).toEqual(key);
      if (question.type !== 'poll') expect(phone.result?.correct, question.type).toBe(true);
      await host.ok('host:command', { code, command: { action: 'next' } });
      // The leaderboard still shows this question's answer; wait for it before counting anew.
      await ana.client.waitFor('player:state', (v: PlayerView) => v.phase === 'leaderboard' && v.questionIndex === index);
      hostFrom = host.frames.length;
      anaFrom = ana.client.frames.length;
      view = await host.ok('host:command', { code, command: { action: 'next' } });
    }
    expect(view.phase).toBe('podium');
  });
});
