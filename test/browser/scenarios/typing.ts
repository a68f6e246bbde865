/**
 * Typing indicators, both directions. Both sides send "typing on" at the
 * first keystroke and "off" after 3 s of quiet or on send, so each check
 * keeps typing (one key every 150 ms) while it waits for the other side,
 * then clears the box and waits for the indicator to go away again.
 */
import assert from "node:assert/strict";
import type { Locator } from "playwright-core";
import { waitFor } from "../lib/wait.ts";
import type { ConsolePage } from "../pages/console-page.ts";
import type { WidgetPage } from "../pages/widget-page.ts";

const KEY_DELAY_MS = 150;
const DRAFT = "let me check the tracking page for my parcel";
// The indicator has to go away once typing stops: the senders' idle timer is 3 s, the console forgets after 8 s.
const GONE_MS = 12_000;

export async function typingShowsOnBothSides(visitor: WidgetPage, agent: ConsolePage, agentName: string): Promise<void> {
  // Visitor types → the console shows "<visitor> is typing…".
  const inConsole = agent.part("typing-indicator");
  await typeWhileWaiting(visitor.input(), async () => {
    await inConsole.waitFor({ state: "visible" });
    assert.equal(await inConsole.getAttribute("data-role"), "visitor");
    assert.match((await inConsole.textContent()) ?? "", /is typing/);
  });
  await visitor.input().fill("");
  await waitFor("the console's typing indicator to go away", async () => (await inConsole.count()) === 0, GONE_MS);

  // Agent types → the widget shows "<agent> is typing…".
  const inWidget = visitor.part("baton-typing");
  await typeWhileWaiting(agent.part("reply-input"), async () => {
    await inWidget.waitFor({ state: "visible" });
    assert.equal(((await inWidget.textContent()) ?? "").trim(), `${agentName} is typing…`);
  });
  await agent.part("reply-input").fill("");
  await agent.part("reply-input").blur(); // the console sends "off" when the box loses focus
  await waitFor("the widget's typing indicator to go away", async () => (await inWidget.count()) === 0, GONE_MS);
}

/** Types slowly into `input` until `check` resolves (or the text runs out), then stops typing. */
async function typeWhileWaiting(input: Locator, check: () => Promise<void>): Promise<void> {
  await input.fill("");
  let checking = true;
  const typing = (async () => {
    for (const char of DRAFT) {
      if (!checking) return;
      await input.pressSequentially(char, { delay: 0 });
      await new Promise((resolve) => setTimeout(resolve, KEY_DELAY_MS));
    }
  })();
  try {
    await check();
  } finally {
    checking = false;
    await typing;
  }
}
