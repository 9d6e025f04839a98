import { expect, test } from '@playwright/test';
import { containersVsVmsQuiz as quiz } from '../../lib/content/quizzes/containers-vs-vms';
import { expectNoAxeViolations, joinByLink, newContext } from './support';

const EN = { nickname: 'Nickname', submit: 'Join' };

test('a Portuguese-speaking host locks, removes, pauses, extends, skips and ends while English phones follow', async ({ browser }) => {
  // The projector runs in the dark theme here, the phones in the light one: axe checks both.
  const hostContext = await newContext(browser, 'pt-BR', false, 'dark');
  const host = await hostContext.newPage();
  host.on('dialog', (dialog) => void dialog.accept());
  await host.goto('/pt/host');
  await expectNoAxeViolations(host, 'host setup (pt)');
  await host.getByLabel(/Acerto em primeiro lugar/).check();
  await host.getByRole('button', { name: 'Abrir a sessão' }).click();
  await host.waitForURL(/\/pt\/host\/[A-Z0-9]{6}$/);
  const code = (await host.getByTestId('join-code').textContent())!.trim();
  await expect(host.getByRole('heading', { name: 'Esperando os jogadores' })).toBeVisible();

  const players = await Promise.all(['Cy', 'Dee', 'Eve'].map(async () => (await newContext(browser, 'en-US', true)).newPage()));
  const [cy, dee, eve] = players as [typeof players[0], typeof players[0], typeof players[0]];
  await joinByLink(cy, code, 'Cy', EN);
  await joinByLink(dee, code, 'Dee', EN);
  await expect(host.getByText('2 jogadores entraram')).toBeVisible();
  await expectNoAxeViolations(host, 'host lobby (pt)');
  await expectNoAxeViolations(cy, 'player lobby (en)');

  // Locked: a newcomer is told so, and gets in once the host unlocks.
  await host.getByRole('button', { name: 'Trancar a sala' }).click();
  await expect(host.getByText('Sala trancada: ninguém novo pode entrar')).toBeVisible();
  await eve.goto(`/join?code=${code}`);
  await eve.getByLabel('Nickname').fill('Eve');
  await eve.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(eve.locator('main').getByRole('alert')).toHaveText('This room is locked. Ask the host to unlock it.');
  await host.getByRole('button', { name: 'Destrancar a sala' }).click();
  await eve.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(eve.getByRole('heading', { name: "You're in!" })).toBeVisible();

  // Removed: Eve's phone says so, and she is gone from the host's list.
  await host.getByRole('button', { name: 'Remover Eve' }).click();
  await expect(eve.getByRole('heading', { name: 'You were removed from this game' })).toBeVisible();
  await expect(host.getByText('2 jogadores entraram')).toBeVisible();

  await host.getByRole('button', { name: 'Começar o quiz' }).click();
  const first = quiz.questions[0]!;
  await expect(host.getByRole('heading', { level: 1, name: first.prompt.pt })).toBeVisible();
  await expect(cy.getByRole('heading', { level: 1, name: first.prompt.en })).toBeVisible();

  // +15 s: the phone's clock jumps up by about that much. It comes first, and is compared with
  // the clock just before the click rather than with the question's limit: on a slow machine the
  // axe checks below take long enough to run most of the 30 s down.
  const phoneClock = async () => Number((await cy.getByText(/^\d+s$/).textContent())?.replace('s', ''));
  const beforeExtend = await phoneClock();
  await host.getByRole('button', { name: 'Dar mais 15 segundos no cronômetro' }).click();
  await expect.poll(phoneClock).toBeGreaterThan(beforeExtend + 5);

  await expectNoAxeViolations(host, 'host question (pt)');
  await expectNoAxeViolations(cy, 'player question (en)');

  // Paused: phones say so and cannot answer; resumed, they can.
  await host.getByRole('button', { name: 'Pausar' }).click();
  await expect(cy.getByText('The host paused the game')).toBeVisible();
  await expect(cy.locator('main ul button').first()).toBeDisabled();
  await host.getByRole('button', { name: 'Continuar' }).click();
  await expect(cy.locator('main ul button').first()).toBeEnabled();

  // Skip: the next question comes with no reveal of this one.
  await host.getByRole('button', { name: 'Pular pergunta' }).click();
  const second = quiz.questions[1]!;
  await expect(host.getByRole('heading', { level: 1, name: second.prompt.pt })).toBeVisible();
  await expect(cy.getByRole('heading', { level: 1, name: second.prompt.en })).toBeVisible();

  // Reveal early, then the leaderboard, then end the game.
  await host.getByRole('button', { name: 'Revelar agora' }).click();
  await expect(host.getByRole('heading', { name: 'Resposta certa' })).toBeVisible();
  await expect(host.getByText(second.explanation.pt)).toBeVisible();
  await expect(cy.getByRole('heading', { level: 1, name: 'No answer this time' })).toBeVisible();
  await expect(cy.getByText(second.explanation.en)).toBeVisible();
  await expectNoAxeViolations(host, 'host reveal (pt)');
  await expectNoAxeViolations(cy, 'player reveal (en)');
  await host.getByRole('button', { name: 'Mostrar a classificação' }).click();
  await expect(host.getByRole('heading', { name: 'Classificação' })).toBeVisible();
  await expectNoAxeViolations(host, 'host leaderboard (pt)');
  await expectNoAxeViolations(cy, 'player leaderboard (en)');
  await host.getByRole('button', { name: 'Encerrar o jogo' }).click();
  await expect(host.getByRole('heading', { name: 'Pódio' })).toBeVisible();
  await expect(cy.getByRole('heading', { name: 'Game over' })).toBeVisible();
  await expect(dee.getByText(/You finished #1 of 2 with 0 points/)).toBeVisible();
  await expectNoAxeViolations(host, 'host podium (pt)');
  await expectNoAxeViolations(dee, 'player podium (en)');

  await host.getByRole('link', { name: 'Abrir o relatório' }).click();
  await expect(host.getByRole('heading', { name: `Relatório: ${quiz.title.pt}` })).toBeVisible();
  await expect(host.getByText('pulada').first()).toBeVisible();
  await expectNoAxeViolations(host, 'report (pt)');
});
