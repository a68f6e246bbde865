/**
 * A host page with aggressive CSS must not change the widget. The demo
 * page is loaded twice: as is, then with a hostile <style> added to its
 * <head> as soon as it is parsed. The widget's launcher, panel and message
 * bubble must compute to the same styles and boxes both times.
 *
 * (Injected by an init script rather than served by a Playwright route: a
 * document fulfilled by a route counts as public for Chromium's Local
 * Network Access checks, which then block its WebSocket to 127.0.0.1.)
 *
 * Not `* { display: none }`: that matches <html> and <body>, and nothing
 * inside a display:none body can render, shadow DOM or not — so `body *`.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";

export const HOSTILE_CSS = `
  body * { display: none !important; visibility: hidden !important; opacity: 0 !important; }
  div, p, span, li, section, header, footer, form, button, textarea, h2 {
    color: red !important; background: red !important; font: italic 40px/3 serif !important;
    border: 9px solid red !important; padding: 30px !important; margin: 30px !important;
  }
  baton-widget { display: none !important; position: static !important; transform: scale(0) !important; z-index: -1 !important; }
  html { font-size: 4px !important; }
  body { color: red !important; letter-spacing: 8px !important; text-transform: uppercase !important; line-height: 5 !important;
         transform: translateZ(0) !important; filter: blur(0) !important; }
  * { --bc: red !important; --bt: yellow !important; --ink: red !important; }
`;

const PROPS = ["display", "visibility", "opacity", "color", "background-color", "font-size", "font-family", "font-style", "letter-spacing", "text-transform", "width", "height", "padding-top"];

interface Look {
  launcher: Record<string, string>;
  panel: Record<string, string>;
  bubble: Record<string, string>;
  boxes: string[];
}

export function hostileCssScenarios(run: RunContext): Scenario[] {
  return [
    {
      name: "hostile CSS on the host page does not change the widget",
      run: async () => {
        const context = await run.person("hostile-css-visitor");
        const plain = await look(await WidgetPage.open(context, run.url("/")));
        const page = await context.newPage();
        await page.addInitScript((css) => {
          const add = () => document.head.append(Object.assign(document.createElement("style"), { textContent: css }));
          document.addEventListener("DOMContentLoaded", add, { once: true });
        }, HOSTILE_CSS);
        const hostilePage = await WidgetPage.load(page, run.url("/"));
        assert.equal(await hostilePage.page.evaluate(() => getComputedStyle(document.querySelector("main, .hero") ?? document.body).display), "none", "the hostile CSS is applied to the page");
        const hostile = await look(hostilePage);
        assert.equal(hostile.bubble.color === "rgb(255, 0, 0)", false, "message text is not red");
        assert.deepEqual(hostile, plain);
      },
    },
  ];
}

/** Opens the panel and reads what the widget looks like. */
async function look(widget: WidgetPage): Promise<Look> {
  assert.ok(await widget.launcher().isVisible(), "the launcher is visible");
  await widget.openPanel();
  // The stored greeting (seq 1), not the placeholder shown before the conversation exists.
  const greeting = `${byTestId("baton-message")}[data-seq="1"][data-status="stored"] .bubble`;
  await widget.page.locator(greeting).waitFor({ state: "visible" });
  // A resumed conversation shows its cached log before the socket is up; the "Connecting…" banner takes room.
  await waitFor("the widget to connect", async () => (await widget.part("baton-connection").count()) === 0);
  // The panel rises in with a short animation; boxes are compared once it has settled.
  await widget.panel().evaluate((panel) =>
    Promise.all(
      panel
        .getAnimations({ subtree: true })
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished),
    ),
  );
  // Measured with the app loaded in both cases: its stylesheet also styles the launcher's button.
  const look: Look = {
    launcher: await styles(widget.page, byTestId("baton-launcher")),
    panel: await styles(widget.page, byTestId("baton-panel")),
    bubble: await styles(widget.page, greeting),
    boxes: [],
  };
  for (const id of ["baton-launcher", "baton-panel", "baton-input", "baton-send", "baton-close", "baton-talk-to-person"]) {
    const box = await widget.part(id).boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${id} is visible`);
    look.boxes.push(`${id} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  await widget.page.close();
  return look;
}

async function styles(page: Page, selector: string): Promise<Record<string, string>> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, props) => {
      const computed = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
    }, PROPS);
}
