/**
 * The visitor's side: a page with the Baton widget. Every selector is a
 * data-testid from widget/app/root.tsx; Playwright's CSS locators pierce the
 * widget's open shadow root, so plain `page.locator` reaches inside it.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { waitFor } from "../lib/wait.ts";

export type WidgetRole = "visitor" | "ai" | "agent" | "system";

export const byTestId = (id: string) => `[data-testid="${id}"]`;

export class WidgetPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  static async open(context: BrowserContext, url: string): Promise<WidgetPage> {
    return WidgetPage.load(await context.newPage(), url);
  }

  static async load(page: Page, url: string): Promise<WidgetPage> {
    await page.goto(url);
    const widget = new WidgetPage(page);
    await widget.launcher().waitFor({ state: "visible" });
    return widget;
  }

  launcher(): Locator {
    return this.page.locator(byTestId("baton-launcher"));
  }

  panel(): Locator {
    return this.page.locator(byTestId("baton-panel"));
  }

  input(): Locator {
    return this.page.locator(byTestId("baton-input"));
  }

  part(testId: string): Locator {
    return this.page.locator(byTestId(testId));
  }

  messages(role?: WidgetRole): Locator {
    const roleFilter = role ? `[data-role="${role}"]` : "";
    return this.page.locator(`${byTestId("baton-message")}${roleFilter}`);
  }

  async openPanel(): Promise<void> {
    await this.launcher().click();
    await this.panel().waitFor({ state: "visible" });
    await this.input().waitFor({ state: "visible" });
  }

  /** Types into the message box and presses Enter, as a visitor would. */
  async send(text: string): Promise<void> {
    await this.input().fill(text);
    await this.input().press("Enter");
  }

  /** Bubble texts of stored messages with this role. */
  async texts(role: WidgetRole): Promise<string[]> {
    return this.page
      .locator(`${byTestId("baton-message")}[data-role="${role}"][data-status="stored"] .bubble`)
      .allTextContents();
  }

  /** Waits until a stored message with this role reads exactly `text` (or contains it, with `partial`). */
  async waitForMessage(role: WidgetRole, text: string, partial = false): Promise<void> {
    await waitFor(`a ${role} message "${text}" in the widget`, async () =>
      (await this.texts(role)).some((t) => (partial ? t.includes(text) : t.trim() === text)),
    );
  }

  async textOf(testId: string): Promise<string> {
    return ((await this.part(testId).textContent()) ?? "").trim();
  }

  async waitForText(testId: string, expected: string, timeoutMs?: number): Promise<void> {
    await waitFor(`${testId} to read "${expected}"`, async () => (await this.textOf(testId)).includes(expected), timeoutMs);
  }

  /** The conversation the widget stored for the demo site (persistence.ts: `baton:<site>`). */
  async conversationId(site = "demo"): Promise<string> {
    return waitFor("the widget to store its conversation", () =>
      this.page.evaluate((key) => {
        const saved = JSON.parse(localStorage.getItem(key) ?? "null") as { conversationId?: unknown } | null;
        return typeof saved?.conversationId === "string" ? saved.conversationId : undefined;
      }, `baton:${site}`),
    );
  }

  /** `img` elements anywhere in the page or inside the widget's shadow root. */
  async imageCount(): Promise<number> {
    return this.page.evaluate(() => {
      const root = document.querySelector("baton-widget")?.shadowRoot;
      return (root?.querySelectorAll("img").length ?? 0) + document.querySelectorAll("baton-widget img").length;
    });
  }
}
