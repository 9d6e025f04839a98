import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CUES, type Cue } from '../../lib/client/sound-cues';
import { containersVsVmsQuiz as quiz } from '../../lib/content/quizzes/containers-vs-vms';
import { joinByLink, newContext, openSession } from './support';

/** Listens at the browser's Web Audio API: the pitch of every tone a page of this browser starts. */
async function listen(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const heard: number[] = [];
    Object.defineProperty(window, '__heard', { value: heard });
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      const oscillator = create.call(this);
      const start = oscillator.start.bind(oscillator);
      oscillator.start = (when?: number) => {
        // An AudioParam holds a 32-bit float: 987.77 reads back as 987.770019…
        heard.push(Math.round(oscillator.frequency.value * 100) / 100);
        start(when);
      };
      return oscillator;
    };
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: number[] }).__heard.slice());
const pitches = (cue: Cue) => CUES[cue].map((note) => note.hz);

test('sounds are off until someone turns them on, on each device; then the projector ticks its last seconds and chimes at the reveal, and a phone plays its own result', async ({ browser }) => {
  const hostContext = await newContext(browser, 'en-US');
  await listen(hostContext);
  // The host's clock can be moved on, to reach a question's last seconds without waiting for them.
  await hostContext.clock.install();
  const host = await hostContext.newPage();
  const code = await openSession(host);
  const adaContext = await newContext(browser, 'en-US', true);
  await listen(adaContext);
  const ada = await adaContext.newPage();
  await joinByLink(ada, code, 'Ada', { nickname: 'Nickname', submit: 'Join' });

  const hostSounds = host.getByRole('button', { name: 'Sounds' });
  const adaSounds = ada.getByRole('button', { name: 'Sounds' });
  await expect(hostSounds).toHaveAttribute('aria-pressed', 'false');
  await expect(adaSounds).toHaveAttribute('aria-pressed', 'false');

  // Ada turns them on; her browser remembers it, and her first tap after a reload wakes them.
  await adaSounds.click();
  await expect(adaSounds).toHaveAttribute('aria-pressed', 'true');
  await ada.reload();
  await expect(adaSounds).toHaveAttribute('aria-pressed', 'true');

  await host.getByRole('button', { name: 'Start the quiz' }).click();
  const first = quiz.questions[0]!;
  if (first.type !== 'single') throw new Error('the quiz is expected to open with a single-choice question');
  await ada.locator('main').getByRole('button', { name: first.options.find((o) => o.id === first.correctOptionId)!.text.en }).click();
  await expect(host.getByTestId('answered-count')).toHaveText('1 of 1 answered');
  // Everyone answered: the question closes. Ada hears her result rise; the projector, still off, says nothing.
  await expect(ada.getByRole('heading', { level: 1, name: '✔ Correct!' })).toBeVisible();
  await expect.poll(() => heard(ada)).toEqual(pitches('correct'));
  expect(await heard(host)).toEqual([]);

  // The host turns them on for the next question.
  await hostSounds.click();
  await expect(hostSounds).toHaveAttribute('aria-pressed', 'true');
  await host.getByRole('button', { name: 'Show the leaderboard' }).click();
  await host.getByRole('button', { name: 'Next question' }).click();
  await expect(host.getByRole('heading', { level: 1, name: quiz.questions[1]!.prompt.en })).toBeVisible();
  const secondsLeft = Number((await host.getByText(/^\d+s$/).textContent())!.replace('s', ''));
  expect(await heard(host), 'no tick while more than five seconds are left').toEqual([]);
  await host.clock.fastForward((secondsLeft - 4) * 1000);
  await expect.poll(() => heard(host)).toContain(pitches('tick')[0]);

  await host.getByRole('button', { name: 'Reveal now' }).click();
  await expect(host.getByRole('heading', { name: 'Correct answer' })).toBeVisible();
  await expect.poll(async () => (await heard(host)).slice(-2)).toEqual(pitches('timeUp'));
  // Ada did not answer this one: no result, no sound.
  expect(await heard(ada)).toEqual(pitches('correct'));
});
