import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const REPO = path.resolve(import.meta.dirname, '../../../..');
export const WEB_DIST = path.join(REPO, 'apps/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** The newest modification time of anything the web build is made from. */
function newestSource(entries: string[]): number {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    newest = Math.max(
      newest,
      stat.isDirectory()
        ? newestSource(readdirSync(entry).map((name) => path.join(entry, name)))
        : stat.mtimeMs,
    );
  }
  return newest;
}

const WEB_SOURCES = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/config',
  'packages/domain/src',
];

/** The suite serves the real production build; build it when there is none or it is older than its sources. */
export async function ensureWebBuild() {
  const built = path.join(WEB_DIST, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs > newestSource(WEB_SOURCES.map((p) => path.join(REPO, p))))
    return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build (~60 KB more).
  const build = await run('npm', ['run', 'build', '-w', 'apps/web'], {
    ...process.env,
    NODE_ENV: 'production',
  });
  if (build.code !== 0) throw new Error(`npm run build -w apps/web failed:\n${build.output}`);
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the web app's browser tests need it. ` +
        'Install it with `apt-get install -y chromium` (CI does this in .ci/run) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };

/** A phone in Hanoi with its browser in Vietnamese, as the league's captains and fans hold it. */
export function vietnamesePhone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // Only so axe-core can be injected: the app's own CSP allows no inline script.
    bypassCSP: true,
  });
}
