import { expect, test } from '@playwright/test';
import { QUESTION_BANK } from '../../lib/content/bank';
import { DIAGRAM_CONTENT } from '../../lib/diagram/content';
import { DIAGRAM_REGIONS, type DiagramId } from '../../lib/diagram/ids';
import type { HotspotQuestion, LabellingQuestion } from '../../lib/quiz/types';
import { expectNoAxeViolations, joinByLink, newContext, openAsHost } from './support';

const hotspot = QUESTION_BANK.find((q): q is HotspotQuestion => q.type === 'hotspot')!;
const regionLabel = (regionId: string, locale: 'en' | 'pt') =>
  (DIAGRAM_CONTENT[hotspot.diagramId].regions as Record<string, { label: Record<'en' | 'pt', string> }>)[regionId]!.label[locale];

test('a player answers a hotspot question on the shared board (in Portuguese); the reveal shows the result there and the heatmap on the host board', async ({ browser, request }) => {
  expect(hotspot, 'the bank has a hotspot question').toBeDefined();
  const created = await (await request.post('/api/sessions', { data: { questionIds: [hotspot.id], locale: 'en', scoring: 'accuracy' } })).json();
  const code: string = created.code;
  const right = hotspot.correctRegionIds[0]!;
  const elsewhere = (Object.keys(DIAGRAM_REGIONS) as DiagramId[]).find((id) => id !== hotspot.diagramId)!;

  // The host runs the quiz from the console and watches the diagram's board in a second tab.
  const hostContext = await newContext(browser, 'en-US');
  const console_ = await hostContext.newPage();
  await openAsHost(console_, created, `/en/host/${code}`);
  const hostBoard = await hostContext.newPage();
  await hostBoard.goto(`/en/board/${code}/${hotspot.diagramId}`);
  await expect(hostBoard.getByTestId('who-is-here')).toBeVisible();

  const bia = await (await newContext(browser, 'pt-BR')).newPage();
  await joinByLink(bia, code, 'Bia', { nickname: 'Apelido', submit: 'Entrar' });
  await console_.getByRole('button', { name: 'Start the quiz' }).click();

  // The play page offers the board of the question's diagram; the usual answer stays there too.
  await expect(bia.getByRole('heading', { level: 1, name: hotspot.prompt.pt })).toBeVisible();
  await expect(bia.getByRole('link', { name: 'Responder no quadro compartilhado' })).toHaveAttribute('href', `/pt/board/${code}/${hotspot.diagramId}`);

  // On another diagram's board, the question points to the right one.
  await bia.goto(`/pt/board/${code}/${elsewhere}`);
  const panel = bia.getByTestId('board-quiz');
  await expect(panel.getByRole('heading', { name: hotspot.prompt.pt })).toBeVisible();
  await panel.getByRole('link', { name: `Abrir o quadro de ${DIAGRAM_CONTENT[hotspot.diagramId].title.pt}` }).click();
  await bia.waitForURL(new RegExp(`/pt/board/${code}/${hotspot.diagramId}$`));

  // Answer mode: tapping the region picks it (no note is dropped), then Send.
  await expect(panel.getByRole('button', { name: 'Responder no quadro' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByText(/\d+s/)).toBeVisible();
  await expectNoAxeViolations(bia, 'the player board with a hotspot question (pt)');
  await bia.locator(`[data-testid="board-figure"] [data-label-for="${right}"]`).click();
  await expect(panel.getByTestId('board-choice')).toHaveText(`Sua escolha: ${regionLabel(right, 'pt')}`);
  // The click chose an answer, not a region for a note.
  await expect(bia.getByLabel('Região')).toHaveValue('');
  // Nobody else sees the choice: the host's board shows only the count.
  await expect(hostBoard.getByTestId('board-quiz')).toContainText('0 of 1 answered');
  await expect(hostBoard.getByTestId('board-cursor')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Enviar resposta' }).click();

  // Everyone answered, so the reveal comes: Bia's result and the right region on her board.
  await expect(bia.getByTestId('board-result')).toContainText('✔ Acertou!');
  await expect(panel.getByTestId('board-correct')).toHaveText(regionLabel(right, 'pt'));
  await expect(panel.getByText(hotspot.explanation.pt)).toBeVisible();
  await expect(bia.locator(`figure[data-diagram="${hotspot.diagramId}"] figcaption`)).toContainText(`Em destaque: ${regionLabel(right, 'pt')}`);
  await expect(bia.getByTestId('board-my-pick')).toBeVisible();
  await expectNoAxeViolations(bia, 'the player board after the reveal (pt)');

  // The host's board: the heatmap of where people clicked, and the key.
  await expect(hostBoard.getByTestId('board-heat')).toHaveCount(1);
  await expect(hostBoard.getByTestId('board-quiz')).toContainText('The dot shows where 1 person clicked');
  await expect(hostBoard.getByTestId('board-correct')).toHaveText(regionLabel(right, 'en'));
  await expectNoAxeViolations(hostBoard, 'the host board after the reveal (en)');
});

test('a labelling question is answered on the board by choosing a label and tapping its marker (English), and is marked right', async ({ browser, request }) => {
  const labelling = QUESTION_BANK.find((q): q is LabellingQuestion => q.type === 'labelling')!;
  expect(labelling, 'the bank has a labelling question').toBeDefined();
  const created = await (await request.post('/api/sessions', { data: { questionIds: [labelling.id], locale: 'en', scoring: 'accuracy' } })).json();
  const code: string = created.code;
  const host = await (await newContext(browser, 'en-US')).newPage();
  await openAsHost(host, created, `/en/host/${code}`);
  const phone = await (await newContext(browser, 'en-US', false, 'dark')).newPage();
  await joinByLink(phone, code, 'Ada', { nickname: 'Nickname', submit: 'Join' });
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  // The play page's link opens the board in a new tab, which joins as the same player.
  const [ada] = await Promise.all([phone.context().waitForEvent('page'), phone.getByRole('link', { name: 'Answer on the shared board' }).click()]);
  await ada.waitForURL(new RegExp(`/en/board/${code}/${labelling.diagramId}$`));

  const panel = ada.getByTestId('board-quiz');
  await expect(panel.getByRole('heading', { name: labelling.prompt.en })).toBeVisible();
  const labelText = (id: string) => labelling.labels.find((l) => l.id === id)!.text.en;
  for (const [i, slot] of labelling.slots.entries()) {
    await panel.getByRole('group', { name: 'Labels' }).getByRole('button', { name: labelText(slot.labelId), exact: true }).click();
    await ada.getByRole('button', { name: new RegExp(`^Marker ${i + 1}:`) }).click();
    await expect(ada.getByRole('button', { name: `Marker ${i + 1}: ${labelText(slot.labelId)}` })).toBeVisible();
  }
  await expect(panel.getByText('Everything is placed: you can send.')).toBeVisible();
  await expectNoAxeViolations(ada, 'the player board with a labelling question (en, dark)');
  await panel.getByRole('button', { name: 'Send answer' }).click();
  await expect(ada.getByTestId('board-result')).toContainText('✔ Correct!');
  await expect(panel.getByTestId('board-correct')).toContainText(labelText(labelling.slots[0]!.labelId));
  // The phone, on the same player, shows the same result.
  await expect(phone.getByRole('heading', { level: 1, name: /Correct!/ })).toBeVisible();
});
