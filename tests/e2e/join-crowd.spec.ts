import { expect, test } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../lib/protocol/version';
import { expectNoAxeViolations, newContext, openSession } from './support';

/**
 * A big room filling up: the server takes a room's joins 300 at once, then at a steady rate
 * (one every 5 s on the test server, see playwright.config.ts), and tells the rest to wait.
 * A student's phone is then told RATE_LIMITED; it must say that many are joining and get the
 * student in by itself, without another tap.
 */

/** Joins `count` players into the room from one local address (each address may join 200 at once). */
async function crowdJoins(origin: string, code: string, from: string, count: number, prefix: string): Promise<Socket[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const socket = io(origin, { auth: { protocol: PROTOCOL_VERSION }, transports: ['websocket'], reconnection: false, localAddress: from } as Parameters<typeof io>[1]);
      await socket.timeout(15_000).emitWithAck('player:join', { code, nickname: `${prefix} ${i}`, locale: 'en' });
      return socket;
    }),
  );
}

test('when many join at once, a phone told to wait says so and gets in by itself (Portuguese); the host finds anyone in the big room by name', async ({ browser, baseURL }) => {
  const hostContext = await newContext(browser, 'en-US');
  const phoneContext = await newContext(browser, 'pt-BR', true);
  const host = await hostContext.newPage();
  const phone = await phoneContext.newPage();
  const code = await openSession(host);
  await phone.goto(`/join?code=${code}`);
  await phone.getByLabel('Apelido').fill('Lia');

  // The crowd uses up the room's 300 joins (and a few more are refused) just before Lia taps.
  const origin = baseURL!.replace('localhost', '127.0.0.1');
  // Two loopback addresses of their own (a run's joins use up an address's tokens for ~20 s).
  const address = () => `127.${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const crowd = [...(await crowdJoins(origin, code, address(), 160, 'A')), ...(await crowdJoins(origin, code, address(), 160, 'B'))];
  await phone.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Muita gente está entrando agora' })).toBeVisible();
  await expectNoAxeViolations(phone, 'the join page while waiting (pt)');
  // Lia's page asks again after ~1, 2, 4, 8 s; the room takes one join every 5 s.
  await phone.waitForURL(new RegExp(`/play/${code}$`), { timeout: 45_000 });
  await expect(phone.getByRole('heading', { name: 'Você está dentro!' })).toBeVisible();
  await expect(host.getByRole('list', { name: 'Players' }).first().getByText('Lia', { exact: true })).toBeVisible();

  // Over 300 in the room: the projector's lobby names the latest 100 and counts the rest; the
  // host's list draws 50 rows and finds anyone by name (case and accents aside).
  await expect(host.getByText(/^and 2\d\d more players$/)).toBeVisible();
  await expect(host.getByTestId('roster-count')).toHaveText(/^50 of 3\d\d shown\. Type a name to find someone\.$/);
  await host.getByLabel('Find a player').fill('LIA');
  await expect(host.getByTestId('roster-count')).toHaveText('1 of 1 shown. Type a name to find someone.');
  await expect(host.getByRole('button', { name: 'Remove Lia' })).toBeVisible();
  await host.getByLabel('Find a player').fill('zebra');
  await expect(host.getByTestId('roster-count')).toHaveText('No player’s name contains “zebra”.');
  await expectNoAxeViolations(host, 'the host console of a big room (en)');

  for (const socket of crowd) socket.disconnect();
  await Promise.all([hostContext.close(), phoneContext.close()]);
});
