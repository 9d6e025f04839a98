import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
// puppeteer-core comes with lighthouse (its dependency, the version its `page` argument is typed
// and tested against); it is here only to give the page a player's cookie before the load.
import puppeteer from 'puppeteer-core';

/*
 * One Lighthouse run (mobile, Lighthouse's defaults: Moto G Power screen, simulated slow 4G
 * and 4x CPU slowdown) on Debian's Chromium, in a fresh profile that is deleted afterwards.
 */

/** The flags the project runs Debian's Chromium with (TOOLCHAIN.md), headless. */
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** How long a new tab is left alone before Lighthouse loads the page. */
const SETTLE_MS = 2000;

export interface RunOptions {
  chromePath: string;
  /** HttpOnly cookies of the page's origin, set before the load (a player's seat). */
  cookies?: { name: string; value: string }[];
  /**
   * 'simulate' (Lighthouse's default, the figures the budgets judge): an unthrottled load,
   * then the slow phone and network computed from its trace (Lantern). 'devtools': the load
   * itself throttled by Chromium (the same phone and network), the figures observed.
   */
  throttlingMethod?: 'simulate' | 'devtools';
}

/** Runs Lighthouse's performance category once on `url`; returns the report (LHR). */
export async function runLighthouse(url: string, options: RunOptions): Promise<Result> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackhouse-lh-'));
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: options.chromePath, headless: true, args: CHROME_ARGS, userDataDir, defaultViewport: null });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  try {
    const page = await browser.newPage();
    // Chromium 156 builds its WebUI omnibox popup (hundreds of chrome:// resources, in its own
    // renderer) when a tab opens; on 2 cores that work would overlap the measured load. A trace
    // showed ~700 chrome:// resource events during a load started at once, 6 after a 2 s wait.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if (options.cookies?.length) {
      // Lighthouse resets file systems, caches and service workers before a load, not cookies.
      await page.setCookie(...options.cookies.map((c) => ({ ...c, url, httpOnly: true, sameSite: 'Strict' as const })));
    }
    const result = await lighthouse(url, { output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: options.throttlingMethod ?? 'simulate' }, undefined, page);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
