#!/usr/bin/env node
// Runs every suite: unit + integration (vitest), then the production build and the
// end-to-end suite (Playwright in Chromium). Makes sure what the suites need is there
// first (Debian's chromium, a PostgreSQL to test against), and ends with one line,
// "N passed, N failed, N skipped", summed over all suites, for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const artifacts = path.join(root, '.test-artifacts');
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function portAnswers(port, host = '127.0.0.1', timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function ensurePostgres() {
  if (env.DATABASE_URL) return console.log(`PostgreSQL: using DATABASE_URL`);
  if (await portAnswers(5432)) return console.log('PostgreSQL: answering on localhost:5432');
  if (isRoot && existsSync('/usr/bin/pg_ctlcluster')) {
    const versions = spawnSync('ls', ['/etc/postgresql'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    for (const v of versions) spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', v, 'main', 'start'], { stdio: 'inherit' });
    if (await portAnswers(5432)) return console.log('PostgreSQL: started the local cluster');
  }
  console.log('PostgreSQL: no server on localhost:5432 and DATABASE_URL unset; the PostgreSQL storage tests will be skipped (they say so).');
}

function ensureChromium() {
  const wanted = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (wanted === '' || existsSync(wanted)) return true;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium (apt-get install -y chromium)…');
    let status = run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    if (status !== 0) {
      run('apt-get', ['update']);
      status = run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    }
    if (status === 0 && existsSync(wanted)) return true;
  }
  problems.push(`Chromium not found at ${wanted}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return false;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function count(suite, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  console.log(`${suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

await ensurePostgres();

// 1. Unit and integration tests.
const vitestJson = path.join(artifacts, 'vitest.json');
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) count('vitest (unit + integration)', vitest.numPassedTests, vitest.numFailedTests, vitest.numPendingTests + (vitest.numTodoTests ?? 0));
else problems.push('vitest produced no report');
if (vitestStatus !== 0 && (!vitest || vitest.numFailedTests === 0)) problems.push(`vitest exited with ${vitestStatus}`);

// 2. The production build, then the end-to-end suite against it.
if (run('npx', ['next', 'build']) !== 0) {
  problems.push('next build failed');
} else if (ensureChromium()) {
  const pwJson = path.join(artifacts, 'playwright.json');
  const pwStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  const pw = readJson(pwJson);
  if (pw?.stats) count('playwright (end-to-end)', pw.stats.expected + (pw.stats.flaky ?? 0), pw.stats.unexpected, pw.stats.skipped);
  else problems.push('playwright produced no report');
  if (pwStatus !== 0 && (!pw?.stats || pw.stats.unexpected === 0)) problems.push(`playwright exited with ${pwStatus}`);
}

for (const p of problems) console.log(`problem: ${p}`);
console.log(`\n${totals.passed} passed, ${totals.failed + problems.length} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
