import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Screenshots of every screen land here (gitignored), or in SCREENSHOT_DIR. */
export const ARTIFACTS = process.env.SCREENSHOT_DIR ?? path.join(import.meta.dirname, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Saves a screenshot of the screen and runs axe-core (the npm package, injected into the page) over it.
 * Returns the serious and critical findings only; the caller collects them and expects none.
 */
export async function checkScreen(page: Page, screen: string): Promise<AxeFinding[]> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${screen}.png`), fullPage: true });
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate<
    { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
  >(`window.axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.flatMap((node) => node.target).slice(0, 5),
    }));
}
