import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type AxeFinding, checkScreen } from './a11y.js';
import { launchChromium, vietnamesePhone } from './browser.js';

/**
 * The phones of one browser journey: each a fresh Vietnamese context of one Chromium, with the axe
 * findings and page errors of every screen collected for the journey's last check.
 */
export class Phones {
  readonly findings: AxeFinding[] = [];
  readonly pageErrors: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    private readonly browser: Browser,
    readonly baseUrl: string,
    private readonly journey: string,
    private readonly timeout: number,
  ) {}

  /** `timeout`: the machine is shared, and an action's background refresh can take seconds under load. */
  static async open(baseUrl: string, journey: string, timeout = 20_000) {
    return new Phones(await launchChromium(), baseUrl, journey, timeout);
  }

  async phone(): Promise<Page> {
    const context = await vietnamesePhone(this.browser);
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(this.timeout);
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    return page;
  }

  /** Runs axe over the screen and saves its screenshot as `<journey>-<name>`. */
  async screen(page: Page, name: string) {
    this.findings.push(...(await checkScreen(page, `${this.journey}-${name}`)));
  }

  /** A failed step leaves a picture of where the phone was (its findings are not the journey's). */
  async failed(page: Page, step: string) {
    await checkScreen(page, `${this.journey}-failed-${step.slice(0, 30)}`).catch(() => {});
  }

  async signIn(page: Page, email: string, password: string) {
    await page.goto(`${this.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Tài khoản' }).waitFor();
  }

  async close() {
    for (const context of this.contexts) await context.close();
    await this.browser.close();
  }
}
