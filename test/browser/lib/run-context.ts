/**
 * What every scenario shares: the browser, the server's address and the
 * demo agent. Each person (visitor, agent) gets a browser context of their
 * own — separate cookies and storage, like separate machines. Pages are
 * tracked so a failure can be photographed, and uncaught page errors are
 * collected for the final check.
 */
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

const ACTION_MS = 15_000;

export interface PageError {
  who: string;
  url: string;
  message: string;
}

export class RunContext {
  readonly browser: Browser;
  readonly baseUrl: string;
  readonly agent: { name: string; email: string; password: string };
  readonly artifacts: string;
  /** The server's AUTH_SECRET for this run (test-server.ts). */
  readonly authSecret: string;
  readonly pageErrors: PageError[] = [];
  private readonly pages = new Map<Page, string>();
  private readonly contexts: BrowserContext[] = [];

  constructor(options: { browser: Browser; baseUrl: string; agent: RunContext["agent"]; artifacts: string; authSecret: string }) {
    this.browser = options.browser;
    this.authSecret = options.authSecret;
    this.baseUrl = options.baseUrl;
    this.agent = options.agent;
    this.artifacts = options.artifacts;
  }

  /** A fresh browser context for one person; `who` names their pages in reports. */
  async person(who: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    context.setDefaultTimeout(ACTION_MS);
    context.setDefaultNavigationTimeout(30_000);
    context.on("page", (page) => this.track(page, who));
    this.contexts.push(context);
    return context;
  }

  url(pathname: string): string {
    return new URL(pathname, this.baseUrl).href;
  }

  artifact(name: string): string {
    return path.join(this.artifacts, name);
  }

  /** Screenshots of every open page, named after the failed scenario. */
  async photographAll(label: string): Promise<string[]> {
    const saved: string[] = [];
    const slug = label.replace(/[^a-z0-9]+/gi, "-").toLowerCase().slice(0, 50);
    let index = 0;
    for (const [page, who] of this.pages) {
      if (page.isClosed()) continue;
      const file = this.artifact(`failure-${slug}-${who}-${index++}.png`);
      await page.screenshot({ path: file, timeout: 5_000 }).then(
        () => saved.push(file),
        () => undefined,
      );
    }
    return saved;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
  }

  private track(page: Page, who: string): void {
    this.pages.set(page, who);
    page.on("close", () => this.pages.delete(page));
    page.on("pageerror", (error) => this.pageErrors.push({ who, url: page.url(), message: error.message }));
  }
}
