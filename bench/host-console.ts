import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { containersVsVmsQuiz } from '../lib/content/quizzes/containers-vs-vms';
import { credentialCookieName } from '../server/http/credential-cookies';
import { ensureBuild } from './pages/build';
import { ask, connect } from './pages/live-session';
import { startServer } from './pages/server';

/*
 * The host console in a real Chromium while a big room plays: what the projector's browser
 * spends on its main thread (Chrome's own TaskDuration, through the DevTools protocol) while
 * N players join and while they all answer a question within a second. Players are
 * Socket.io clients in this process; the server is the production one (`server/main.ts`)
 * with the room's join limits raised through their environment variables.
 *
 * The figures that matter are how busy the page is during the burst (near 100%, the
 * projector stutters and shows the tally late) and its main-thread time at N players against
 * a small room in the same run (`burstTaskRatioToSmallest`): near 1, the console's work
 * follows what changed, not the size of the room.
 *
 *   npm run bench:host [-- --sizes 200,2000]
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const log = (line: string) => console.log(`[bench:host] ${line}`);

interface Row {
  players: number;
  /** Main-thread time of the host page while the players joined, per join. */
  joinTaskMsPerJoin: number;
  /** From the start of the question to the reveal on the host page (everyone answers within 1 s). */
  burstWallMs: number;
  /** Main-thread time of the host page over that span. */
  burstTaskMs: number;
  burstBusyPct: number;
  burstTaskMsPerAnswer: number;
}

/** Main-thread time the page has used so far (Chrome's TaskDuration), ms. */
async function taskMs(cdp: { send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function measure(origin: string, players: number, chromePath: string): Promise<Row> {
  const created = await fetch(`${origin}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ quizId: containersVsVmsQuiz.id, locale: 'en' }) });
  const { code, hostSecret } = (await created.json()) as { code: string; hostSecret: string };
  const host = connect(origin);
  await ask(host, 'host:attach', { code, hostSecret, locale: 'en' });

  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  await context.addCookies([{ name: credentialCookieName('host', code), value: hostSecret, url: origin, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  await page.goto(`${origin}/en/host/${code}`);
  await page.getByTestId('join-code').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  // Joins, 100 at a time, as a class arriving.
  const sockets: ReturnType<typeof connect>[] = [];
  const beforeJoins = await taskMs(cdp);
  for (let i = 0; i < players; i += 100) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(100, players - i) }, async (_, j) => {
        const socket = connect(origin);
        await ask(socket, 'player:join', { code, nickname: `Player ${i + j}`, locale: 'en' });
        return socket;
      }),
    );
    sockets.push(...batch);
  }
  await page.getByText(`${players.toLocaleString('en-US')} players joined`).waitFor({ timeout: 60_000 });
  const afterJoins = await taskMs(cdp);

  // The question: every player answers once, at a random moment within the first second.
  const optionId = containersVsVmsQuiz.questions[0]!.type === 'single' ? containersVsVmsQuiz.questions[0]!.options[0]!.id : '';
  for (const socket of sockets) {
    socket.once('player:round', (round: { phase: string; questionIndex: number }) => {
      if (round.phase !== 'question') return;
      // A refused answer shows as a missing reveal (the wait below times out), not as a crash here.
      setTimeout(() => void ask(socket, 'answer:submit', { code, questionIndex: round.questionIndex, answer: { type: 'single', optionId } }).catch(() => undefined), Math.random() * 1000);
    });
  }
  const beforeBurst = await taskMs(cdp);
  const started = Date.now();
  await ask(host, 'host:command', { code, command: { action: 'start' } });
  await page.getByRole('heading', { name: 'Correct answer' }).waitFor({ timeout: 60_000 });
  const burstWallMs = Date.now() - started;
  const burstTaskMs = (await taskMs(cdp)) - beforeBurst;

  for (const socket of sockets) socket.disconnect();
  host.disconnect();
  await browser.close();
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    players,
    joinTaskMsPerJoin: round((afterJoins - beforeJoins) / players),
    burstWallMs,
    burstTaskMs: Math.round(burstTaskMs),
    burstBusyPct: Math.round((burstTaskMs / burstWallMs) * 100),
    burstTaskMsPerAnswer: round(burstTaskMs / players),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '200,2000' } } });
  const sizes = values.sizes!.split(',').map(Number);
  ensureBuild(root, log);
  const most = Math.max(...sizes);
  const server = await startServer(root, { JOIN_BURST_PER_ROOM: String(most), JOIN_BURST_PER_ADDRESS: String(most * sizes.length), MAX_PLAYERS_PER_ROOM: String(most) });
  const rows: Row[] = [];
  try {
    for (const players of sizes) {
      log(`${players} players…`);
      const row = await measure(server.origin, players, process.env.CHROME_PATH ?? '/usr/bin/chromium');
      log(`  joins ${row.joinTaskMsPerJoin} ms a join; answer burst ${row.burstTaskMs} ms of main thread in ${row.burstWallMs} ms (${row.burstBusyPct}%), ${row.burstTaskMsPerAnswer} ms an answer`);
      rows.push(row);
    }
  } finally {
    await server.stop();
  }
  const small = rows[0]!;
  // Against the smallest room of the same run: 1 when the console's work does not grow with the room.
  const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;
  const results = rows.map((r) => ({ ...r, burstTaskRatioToSmallest: ratio(r.burstTaskMs, small.burstTaskMs), joinTaskRatioToSmallest: ratio(r.joinTaskMsPerJoin, small.joinTaskMsPerJoin) }));
  const out = path.join(root, 'bench/results/host-console.json');
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nplayers  ms/join  burst wall  burst main thread  busy %  ms/answer  burst ratio to ${small.players}`);
  for (const r of results) console.log(`${String(r.players).padStart(7)}  ${String(r.joinTaskMsPerJoin).padStart(7)}  ${String(r.burstWallMs).padStart(10)}  ${String(r.burstTaskMs).padStart(17)}  ${String(r.burstBusyPct).padStart(6)}  ${String(r.burstTaskMsPerAnswer).padStart(9)}  ${r.burstTaskRatioToSmallest}`);
  log(`wrote ${path.relative(root, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
