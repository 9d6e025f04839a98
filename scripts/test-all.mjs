#!/usr/bin/env node
// Runs every suite: unit + integration (vitest), then the production build and the
// end-to-end suite (Playwright in Chromium). Makes sure what the suites need is there
// first (Debian's chromium and nginx, a PostgreSQL and a Redis to test against), and ends
// with one line,
// "N passed, N failed, N skipped", summed over all suites, for CI.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The first executable `name` in /usr/sbin, /usr/bin or on PATH, or undefined. */
function findBinary(name) {
  for (const dir of ['/usr/sbin', '/usr/bin', ...(env.PATH ?? '').split(path.delimiter).filter(Boolean)]) {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function ensureRedis() {
  if (env.REDIS_URL) return console.log('Redis: using REDIS_URL');
  if (await portAnswers(6379)) return console.log('Redis: answering on 127.0.0.1:6379');
  const redisServer = findBinary('redis-server');
  if (redisServer) {
    // No persistence: the tests' streams and leases are throwaway.
    run(redisServer, ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no']);
    for (let i = 0; i < 25 && !(await portAnswers(6379)); i++) await sleep(200);
    if (await portAnswers(6379)) return console.log('Redis: started redis-server on 127.0.0.1:6379 (left running)');
  }
  console.log(`Redis: nothing on 127.0.0.1:6379, REDIS_URL unset${redisServer ? ' and redis-server did not start' : ' and no redis-server (Debian: apt-get install -y redis-server)'}; the multi-node tests will be skipped (they say so).`);
}

/**
 * Debian's nginx for the multi-node tests, which run their own nginx on a free port with the
 * shipped config (deploy/nginx/stackhouse.conf). The package would start a system nginx on
 * port 80 where services may start: a policy-rc.d that denies starts stops that during the
 * install, and any system nginx running afterwards is stopped. The tests never use it.
 */
async function ensureNginx() {
  if (findBinary('nginx')) return console.log('nginx: installed');
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('nginx is missing: installing Debian\'s nginx (apt-get install -y --no-install-recommends nginx)…');
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# Written by stackhouse scripts/test-all.mjs while installing nginx: start no services.\nexit 101\n', { mode: 0o755 });
    let status;
    try {
      status = run('apt-get', ['install', '-y', '--no-install-recommends', 'nginx']);
      if (status !== 0) {
        run('apt-get', ['update']);
        status = run('apt-get', ['install', '-y', '--no-install-recommends', 'nginx']);
      }
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
    await stopSystemNginx();
    if (status === 0 && findBinary('nginx')) return console.log('nginx: installed (no system nginx left running; the tests start their own)');
    console.log(`nginx: apt-get install failed (exit ${status}); the multi-node tests will be skipped (they say so).`);
    return;
  }
  console.log(`nginx: not installed and ${isRoot ? 'no apt-get' : 'not root, so not installing it'} (Debian: sudo apt-get install -y --no-install-recommends nginx); the multi-node tests will be skipped (they say so).`);
}

/** Stops a system nginx (the one /run/nginx.pid names) if the package started one anyway. */
async function stopSystemNginx() {
  const pid = Number(existsSync('/run/nginx.pid') ? readFileSync('/run/nginx.pid', 'utf8').trim() : NaN);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  console.log(`nginx: the package started a system nginx (pid ${pid}); stopping it so that nothing of ours holds port 80.`);
  if (existsSync('/run/systemd/system')) run('systemctl', ['stop', 'nginx']);
  else run(findBinary('nginx') ?? 'nginx', ['-s', 'quit']);
  for (let i = 0; i < 25; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(200);
  }
  console.log(`nginx: the system nginx (pid ${pid}) is still running; it does not affect the tests.`);
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
await ensureRedis();
await ensureNginx();

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
