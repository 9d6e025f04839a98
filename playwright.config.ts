import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Chromium against the real production server (server/main.ts),
 * on its own port and its own fresh SQLite folder. Run `npm run build` first (npm test does).
 * Playwright cannot download browsers here: Debian's chromium is used unless
 * CHROMIUM_PATH points elsewhere (or is empty, to use Playwright's own browser).
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Joins into one room refill at one every 5 s instead of 20 a second (the burst of 300
    // stays), so that in join-crowd.spec the browser's join, a second or two after the crowd's,
    // still finds the room's joins used up (at 1 a second a slow moment let it straight in);
    // no other test comes near 300 joins into one room.
    env: { PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1', JOINS_PER_SECOND_PER_ROOM: '0.2' },
  },
});
