/**
 * The widget in the visitor's language: a page on another origin (the
 * demo shop's allowed origins get it through the admin API, as an admin
 * would in Settings → Sites) embeds the widget with data-lang="es" on an
 * English page. Its words, its wait and the system notices are Spanish; the
 * language file loads only then.
 */
import assert from "node:assert/strict";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import { agentApiAs } from "../lib/agent-api.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { onTeardown } from "../lib/teardown.ts";
import { waitFor } from "../lib/wait.ts";
import { WidgetPage } from "../pages/widget-page.ts";
import { startPageServer } from "../server/page-server.ts";

export function languageScenarios(run: RunContext): Scenario[] {
  return [
    {
      name: "with data-lang=\"es\" the widget, its wait and the system notices speak Spanish",
      run: async () => {
        const site = await startPageServer();
        onTeardown("Spanish page server", () => site.close());
        await allowOrigin(run, site.origin);
        site.setPage(
          `<!doctype html><html lang="en"><head><title>Kestrel en español</title></head><body><h1>Tienda</h1>` +
            `<script src="${run.baseUrl}/widget.js" data-site="${DEMO.site.id}" data-lang="es" async></script></body></html>`,
        );
        const page = await (await run.person("spanish-visitor")).newPage();
        const files: string[] = [];
        page.on("request", (request) => files.push(new URL(request.url()).pathname));
        const widget = await WidgetPage.load(page, `${site.origin}/`);
        await widget.openPanel();
        await widget.waitForText("baton-status", "Asistente de IA · Una persona a un clic");
        assert.equal(await widget.input().getAttribute("placeholder"), "Escribe tu mensaje…");
        assert.equal(await widget.launcher().getAttribute("aria-label"), "Cerrar el chat");
        assert.equal(await widget.textOf("baton-talk-to-person"), "Hablar con una persona");
        assert.ok(files.includes("/widget-i18n-es.js"), "the Spanish words were loaded");
        assert.ok(!files.some((f) => /widget-i18n-(?!es)/.test(f)), "no other language was loaded");

        await widget.part("baton-talk-to-person").click();
        await widget.waitForMessage("system", "Te estamos conectando con una persona del equipo…", true);
        await waitFor("the place in line, in Spanish", async () => /^Estás en el puesto \d+ de la cola/.test(await widget.textOf("baton-handoff-note")));
        assert.equal(await widget.textOf("baton-email-me"), "Recibir respuesta por correo");
        await widget.waitForText("baton-status", "Esperando a una persona del equipo");
        await page.screenshot({ path: run.artifact("widget-es.png") });
        // Nobody is left waiting for the scenarios after this one.
        const teammate = DEMO.agents[1] ?? assert.fail("the demo workspace has a second agent");
        await (await agentApiAs(run, teammate, DEMO.workspace.id)).settle(await widget.conversationId());
      },
    },
  ];
}

/** Adds `origin` to the demo site's allowed origins, as its owner, through the admin API. */
async function allowOrigin(run: RunContext, origin: string): Promise<void> {
  const owner = DEMO.agents[0];
  const login = await fetch(run.url("/api/auth/login"), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: owner.email, password: owner.password }),
  });
  const { token } = (await login.json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const path = run.url(`/api/agent/workspaces/${DEMO.workspace.id}/sites/${DEMO.site.id}`);
  const { site } = (await (await fetch(path, { headers })).json()) as { site: { allowedOrigins: string[] } };
  const changed = await fetch(path, { method: "PATCH", headers, body: JSON.stringify({ allowedOrigins: [...site.allowedOrigins, origin] }) });
  assert.equal(changed.status, 200, `PATCH site: ${await changed.clone().text()}`);
}
