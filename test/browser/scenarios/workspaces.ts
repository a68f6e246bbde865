/**
 * Two businesses on one deployment: Northwind's owner creates a site in the
 * console, copies its embed snippet into a page on their own origin, and a
 * visitor there reaches Northwind's console and nobody else's — the Kestrel
 * agent from the handoff story never sees it. Also, under wrangler dev:
 * an unknown email answers like a wrong password, and logging out closes a
 * copied token's socket at once.
 */
import assert from "node:assert/strict";
import WebSocket from "ws";
import { SECOND_DEMO } from "../../../worker/cli/demo-data.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { onTeardown } from "../lib/teardown.ts";
import { waitFor } from "../lib/wait.ts";
import { ConsolePage } from "../pages/console-page.ts";
import { byTestId, WidgetPage } from "../pages/widget-page.ts";
import { startPageServer, type PageServer } from "../server/page-server.ts";

const QUESTION = "Hello! My e-bike battery drains in a day, is that covered?";

export function workspaceScenarios(run: RunContext, kestrelConsole: () => ConsolePage | null): Scenario[] {
  let site: PageServer | null = null;
  let northwind: ConsolePage | null = null;
  let snippet = "";
  let conversationId = "";
  const owner = SECOND_DEMO.agents[0];

  return [
    {
      name: "an admin creates a site in the console and copies its embed snippet",
      run: async () => {
        site = await startPageServer();
        onTeardown("customer page server", () => site?.close() ?? Promise.resolve());
        const context = await run.person("northwind-owner", { viewport: { width: 1440, height: 900 } });
        await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: run.baseUrl });
        northwind = await ConsolePage.login(context, run.baseUrl, owner);
        await northwind.part("admin-nav").click();
        await northwind.part("admin-tab-sites").click();
        await northwind.part("new-site-name").fill("Northwind Rentals");
        await northwind.part("new-site-origin").fill(site.origin);
        await northwind.part("new-site-submit").click();
        const editor = northwind.page.locator(`${byTestId("site-editor")}`);
        await waitFor("the new site's editor", async () => ((await editor.getAttribute("data-site-id")) ?? "").startsWith("northwind-rentals"));
        await northwind.part("embed-copy").click();
        snippet = await northwind.page.evaluate(() => navigator.clipboard.readText());
        assert.match(snippet, /^<script src="http:\/\/127\.0\.0\.1:\d+\/widget\.js" data-site="northwind-rentals[^"]*" async><\/script>$/);
        assert.equal(snippet, (await northwind.part("embed-snippet").textContent())?.trim());
        await northwind.page.screenshot({ path: run.artifact("admin-sites.png") });
      },
    },
    {
      name: "an admin sets how long the workspace keeps conversations",
      needs: ["an admin creates a site in the console and copies its embed snippet"],
      run: async () => {
        if (!northwind) assert.fail("no console");
        await northwind.part("admin-nav").click();
        await northwind.part("admin-tab-workspace").click();
        const days = northwind.part("retention-days");
        await waitFor("the saved retention", async () => (await days.inputValue()) === "365");
        await days.fill("90");
        await northwind.part("retention-save").click();
        await northwind.page.getByText("Conversations are deleted 90 days after their last message.").waitFor({ state: "visible" });
        // Saved on the server: the tab opened again reads it back.
        await northwind.part("admin-tab-sites").click();
        await northwind.part("admin-tab-workspace").click();
        await waitFor("the new retention read back", async () => (await northwind?.part("retention-days").inputValue()) === "90");
        await northwind.part("inbox-nav").click();
      },
    },
    {
      name: "a visitor on that origin reaches Northwind's console only",
      needs: ["an admin creates a site in the console and copies its embed snippet"],
      run: async () => {
        if (!site || !northwind) assert.fail("no site or console");
        site.setPage(`<!doctype html><html lang="en"><head><title>Northwind Rentals</title></head><body><h1>Rent a bike</h1>${snippet}</body></html>`);
        const visitor = await WidgetPage.open(await run.person("rentals-visitor"), `${site.origin}/`);
        await visitor.openPanel();
        await visitor.send(QUESTION);
        await visitor.waitForMessage("visitor", QUESTION);
        await visitor.part("baton-talk-to-person").click();
        await visitor.part("baton-handoff-note").waitFor({ state: "visible" });
        conversationId = await visitor.conversationId(/data-site="([^"]+)"/.exec(snippet)?.[1]);
        await northwind.part("inbox-nav").click();
        await northwind.queueItem(conversationId).waitFor({ state: "visible" });
        // The other business's agent, online all along, never sees it.
        const kestrel = kestrelConsole();
        if (!kestrel) assert.fail("the Kestrel console is not open");
        await kestrel.page.waitForTimeout(500);
        assert.equal(await kestrel.queueItem(conversationId).count(), 0, "Kestrel's queue shows Northwind's visitor");
        await kestrel.part("history-nav").click();
        await kestrel.part("history-screen").waitFor({ state: "visible" });
        await kestrel.page.waitForTimeout(300);
        assert.equal(await kestrel.page.locator(`[data-conversation-id="${conversationId}"]`).count(), 0, "Kestrel's history lists Northwind's conversation");
        await kestrel.part("inbox-nav").click();
        await northwind.page.screenshot({ path: run.artifact("northwind-console.png") });
      },
    },
    {
      name: "an unknown email gets the same 401 as a wrong password (under wrangler dev)",
      run: async () => {
        const login = (email: string) =>
          fetch(run.url("/api/auth/login"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password: "not the password" }) });
        const [wrong, unknown] = await Promise.all([login(owner.email), login("nobody-at-all@example.test")]);
        assert.equal(wrong.status, 401);
        assert.equal(unknown.status, 401, `unknown email answered ${unknown.status}: ${await unknown.clone().text()}`);
        assert.deepEqual(await unknown.json(), await wrong.json());
      },
    },
    {
      name: "logging out closes that session's queue socket at once (under wrangler dev)",
      run: async () => {
        const response = await fetch(run.url("/api/auth/login"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: owner.email, password: owner.password }) });
        const { token } = (await response.json()) as { token: string };
        const socket = new WebSocket(run.url(`/ws/agent/workspaces/${SECOND_DEMO.workspace.id}/queue`).replace(/^http/, "ws"), { headers: { Authorization: `Bearer ${token}` } });
        await new Promise((resolve, reject) => {
          socket.once("message", resolve);
          socket.once("error", reject);
        });
        await fetch(run.url("/api/agent/logout"), { method: "POST", headers: { Authorization: `Bearer ${token}` } });
        // The close frame arrives at once (the socket is CLOSING); the runtime may keep the TCP connection a few seconds more.
        await waitFor("the server's close frame", async () => socket.readyState !== WebSocket.OPEN, 1000);
        socket.terminate();
      },
    },
  ];
}
