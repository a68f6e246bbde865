/**
 * The widget on a phone: the open panel takes the whole screen, the input
 * stays on screen and works, the keyboard stays in the panel, the close
 * button gives the page back.
 */
import assert from "node:assert/strict";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";

const SCREEN = { width: 375, height: 740 };
const QUESTION = "What is your refund policy?";

export function phoneScenarios(run: RunContext): Scenario[] {
  return [
    {
      name: "on a 375×740 phone the panel fills the screen and the input works",
      run: async () => {
        const context = await run.person("phone-visitor", { viewport: SCREEN, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
        const widget = await WidgetPage.open(context, run.url("/"));
        const launcher = await widget.launcher().boundingBox();
        assert.ok(launcher && launcher.x + launcher.width <= SCREEN.width && launcher.y + launcher.height <= SCREEN.height, "launcher on screen");
        await widget.launcher().tap();
        await widget.panel().waitFor({ state: "visible" });
        await waitFor("the panel to fill the screen", async () => {
          const box = await widget.panel().boundingBox();
          return box && [box.x, box.y, box.width, box.height].map(Math.round).join(",") === `0,0,${SCREEN.width},${SCREEN.height}`;
        });
        // The launcher hides under the full-screen panel; the header's close button replaces it.
        assert.equal(await widget.launcher().isVisible(), false, "the launcher is hidden while the panel is open");

        const input = await widget.input().boundingBox();
        assert.ok(input && input.y >= 0 && input.y + input.height <= SCREEN.height && input.width > SCREEN.width / 2, "input on screen and wide");
        const fontSize = await widget.input().evaluate((el) => getComputedStyle(el).fontSize);
        assert.equal(fontSize, "16px", "16px input text, so iOS does not zoom in");
        await widget.input().tap();
        await widget.send(QUESTION);
        await widget.waitForMessage("visitor", QUESTION);
        await widget.page.locator(`${byTestId("baton-message")}[data-role="ai"][data-status="stored"] ${byTestId("baton-citation")}`).first().waitFor({ timeout: 20_000 });
        assert.equal(await widget.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, "no sideways scrolling");
        const log = widget.part("baton-log");
        assert.ok(await log.evaluate((el) => el.scrollWidth <= el.clientWidth), "messages fit the width");
        await widget.page.screenshot({ path: run.artifact("widget-phone.png") });

        // The panel covers the page, so the keyboard stays in it: Tab and Shift+Tab wrap around.
        await widget.input().focus();
        const focusedInPanel = () =>
          widget.page.evaluate(() => {
            const root = document.querySelector("baton-widget")?.shadowRoot;
            return Boolean(root?.activeElement && root.querySelector(".panel")?.contains(root.activeElement));
          });
        for (const key of ["Tab", "Shift+Tab"]) {
          for (let i = 0; i < 12; i++) {
            await widget.page.keyboard.press(key);
            assert.equal(await focusedInPanel(), true, `focus left the full-screen panel after ${i + 1} × ${key}`);
          }
        }

        await widget.part("baton-close").tap();
        await widget.panel().waitFor({ state: "hidden" });
        await widget.launcher().waitFor({ state: "visible" });
      },
    },
  ];
}
