/**
 * The agent's side: the console at /console/. Every selector is a
 * data-testid from console/src/ui/app.tsx.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { waitFor } from "../lib/wait.ts";
import { byTestId } from "./widget-page.ts";

export type ConsoleRole = "visitor" | "ai" | "agent" | "system" | "note";

export interface AgentLogin {
  email: string;
  password: string;
}

export class ConsolePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  static async login(context: BrowserContext, baseUrl: string, agent: AgentLogin): Promise<ConsolePage> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/console/`);
    await page.locator(byTestId("login-email")).fill(agent.email);
    await page.locator(byTestId("login-password")).fill(agent.password);
    await page.locator(byTestId("login-submit")).click();
    const signedIn = new ConsolePage(page);
    await signedIn.part("top-bar").waitFor({ state: "visible" });
    await waitFor("the console's queue feed to be online", async () =>
      (await signedIn.part("connection-status").getAttribute("data-status")) === "online",
    );
    return signedIn;
  }

  part(testId: string): Locator {
    return this.page.locator(byTestId(testId));
  }

  queueItem(conversationId: string): Locator {
    return this.page.locator(`${byTestId("queue-item")}[data-conversation-id="${conversationId}"]`);
  }

  mineItem(conversationId: string): Locator {
    return this.page.locator(`${byTestId("mine-item")}[data-conversation-id="${conversationId}"]`);
  }

  /** The open conversation, when it is this one. */
  view(conversationId: string): Locator {
    return this.page.locator(`${byTestId("conversation-view")}[data-conversation-id="${conversationId}"]`);
  }

  async claim(conversationId: string): Promise<void> {
    await this.queueItem(conversationId).locator(byTestId("claim-button")).click();
    await waitFor("the claimed conversation to open as mine", async () => {
      const view = this.view(conversationId);
      return (await view.count()) === 1 && (await view.getAttribute("data-mine")) === "true";
    });
  }

  async stateOf(conversationId: string): Promise<string | null> {
    return this.view(conversationId).getAttribute("data-state");
  }

  async waitForState(conversationId: string, state: string): Promise<void> {
    await waitFor(`the console to show the conversation as ${state}`, async () => (await this.stateOf(conversationId)) === state);
  }

  async reply(text: string): Promise<void> {
    await this.part("reply-input").fill(text);
    await this.part("reply-input").press("Enter");
  }

  /** Bubble texts of stored transcript messages with this role. */
  async texts(role: ConsoleRole): Promise<string[]> {
    return this.page.locator(`${byTestId("transcript")} ${byTestId("message")}[data-role="${role}"] .bubble`).allTextContents();
  }

  async waitForMessage(role: ConsoleRole, text: string, partial = false): Promise<void> {
    await waitFor(`a ${role} message "${text}" in the console`, async () =>
      (await this.texts(role)).some((t) => (partial ? t.includes(text) : t.trim() === text)),
    );
  }
}
