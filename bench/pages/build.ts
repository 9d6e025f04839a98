import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/*
 * The pages benchmark measures the production build. It builds when `.next` has no build or
 * when a file the build reads is newer than the build, so figures never describe old code.
 */

/** Files and folders whose changes change the pages' build. */
const BUILD_INPUTS = ['app', 'components', 'lib', 'i18n', 'locales', 'proxy.ts', 'next.config.js', 'postcss.config.js', 'tsconfig.json', 'package-lock.json'];

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why the build is stale (a sentence), or null when `.next` matches the sources. */
export function staleReason(root: string): string | null {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return 'no production build in .next';
  const builtAt = fs.statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(root, input)) > builtAt);
  return changed ? `${changed} changed after the last build` : null;
}

/** Runs `next build` when the build is missing or stale; returns how long it took (0 when skipped). */
export function ensureBuild(root: string, log: (line: string) => void, force = false): number {
  const reason = force ? 'a build was asked for (--build)' : staleReason(root);
  if (!reason) return 0;
  log(`building (${reason}) ...`);
  const started = Date.now();
  const result = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  return Date.now() - started;
}
