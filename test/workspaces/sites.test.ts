import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { agentApi, api, createAgent, createWorkspace, SHOP_ORIGIN, visitorInNewConversation } from "../helpers/fixtures.ts";

type SiteView = { id: string; name: string; allowedOrigins: string[]; embed: string; settings: { widget: { color?: string; position: string }; greeting: string } };
type Issues = { error: { code: string; issues: { path: string; message: string }[] } };

async function admin() {
  const workspaceId = await createWorkspace("Sites");
  return createAgent("Site admin", { workspaceId, role: "admin" });
}

describe("sites and their settings, from the console's API", () => {
  it("creates a site with an id from its name, validated origins, and the embed snippet", async () => {
    const who = await admin();
    const created = await agentApi(who, "/sites", { method: "POST", json: { name: "Café Olé", allowedOrigins: [SHOP_ORIGIN] } });
    expect(created.status).toBe(201);
    const { site } = (await created.json()) as { site: SiteView };
    expect(site.id).toMatch(/^cafe-ole/);
    expect(site.embed).toBe(`<script src="https://baton.test/widget.js" data-site="${site.id}" async></script>`);
    // Only what differs from the defaults is stored.
    const stored = await env.DB.prepare("SELECT settings, workspace_id FROM sites WHERE id = ?").bind(site.id).first<{ settings: string; workspace_id: string }>();
    expect(JSON.parse(stored?.settings ?? "")).toEqual({});
    expect(stored?.workspace_id).toBe(who.workspaceId);

    const taken = await agentApi(who, "/sites", { method: "POST", json: { name: "Again", id: site.id } });
    expect(taken.status).toBe(409);
    const badOrigin = await agentApi(who, "/sites", { method: "POST", json: { name: "Bad", allowedOrigins: ["https://shop.test/path", "shop.test"] } });
    expect(badOrigin.status).toBe(400);
    expect(((await badOrigin.json()) as Issues).error.issues.map((i) => i.path)).toEqual(["allowedOrigins.0", "allowedOrigins.1"]);
  });

  it("refuses a bad policy value with its path, and records every change in the audit log with before and after", async () => {
    const who = await admin();
    const { site } = (await (await agentApi(who, "/sites", { method: "POST", json: { name: "Policy shop", allowedOrigins: [SHOP_ORIGIN] } })).json()) as { site: SiteView };
    const bad = await agentApi(who, `/sites/${site.id}`, {
      method: "PATCH",
      json: { settings: { triggers: { thresholds: { frustrationOffer: 0.9, frustrationHandoff: 0.5, criticalConfidence: 2 } } } },
    });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as Issues).error.issues.map((i) => i.path);
    expect(paths).toContain("settings.triggers.thresholds.criticalConfidence");
    const orderOnly = await agentApi(who, `/sites/${site.id}`, { method: "PATCH", json: { settings: { triggers: { thresholds: { frustrationOffer: 0.9, frustrationHandoff: 0.5 } } } } });
    expect(((await orderOnly.json()) as Issues).error.issues.map((i) => i.path)).toEqual(["settings.triggers.thresholds.frustrationOffer"]);

    const good = await agentApi(who, `/sites/${site.id}`, { method: "PATCH", json: { name: "Policy shop 2", settings: { widget: { color: "#aa3300", position: "left" }, triggers: { frustrationAction: "handoff" } } } });
    expect(good.status).toBe(200);
    const audit = (await (await agentApi(who, "/audit")).json()) as { entries: { action: string; before: unknown; after: unknown; actor: { name: string } }[] };
    const update = audit.entries.find((e) => e.action === "site.update");
    expect(update).toMatchObject({
      actor: { name: "Site admin" },
      before: { name: "Policy shop", settings: {} },
      after: { name: "Policy shop 2", settings: { widget: { color: "#aa3300", position: "left" }, triggers: { frustrationAction: "handoff" } } },
    });
    // The widget's public settings carry the look.
    const look = await (await api(`/api/sites/${site.id}/widget`, { headers: { Origin: SHOP_ORIGIN } })).json();
    expect(look).toMatchObject({ title: "Policy shop 2", color: "#aa3300", position: "left" });
  });

  it("changes reach a live conversation without a redeploy", async () => {
    const who = await admin();
    const { site } = (await (await agentApi(who, "/sites", { method: "POST", json: { name: "Live shop", allowedOrigins: [SHOP_ORIGIN] } })).json()) as { site: SiteView };
    const visitor = await visitorInNewConversation(site.id);
    // Explicit requests switched off: "a person please" stays with the AI.
    const off = await agentApi(who, `/sites/${site.id}`, { method: "PATCH", json: { settings: { triggers: { signals: { explicitRequest: false } } } } });
    expect(off.status).toBe(200);
    visitor.socket.send({ type: "message", clientId: "q1", text: "I want to talk to a person please" });
    await visitor.socket.message((m) => m.role === "ai" && m.seq > 2);
    expect(visitor.socket.frames.some((f) => f.type === "state" && f.state === "queued")).toBe(false);
    // Switched back on: the same words hand off.
    await agentApi(who, `/sites/${site.id}`, { method: "PATCH", json: { settings: {} } });
    visitor.socket.send({ type: "message", clientId: "q2", text: "I want to talk to a person please" });
    await visitor.socket.take("state", (f) => f.state === "queued");
  });

  it("“try a message” runs the real trigger engine with a draft policy and shows signals, evidence and the action", async () => {
    const who = await admin();
    const { site } = (await (await agentApi(who, "/sites", { method: "POST", json: { name: "Try shop" } })).json()) as { site: SiteView };
    const tryIt = async (json: unknown) => (await (await agentApi(who, `/sites/${site.id}/policy/try`, { method: "POST", json })).json()) as {
      action: string;
      onMessage: { action: string; signals: { name: string; score: number; evidence: string[] }[] };
      answer: { text: string } | null;
    };
    const human = await tryIt({ message: "can I speak to a real person" });
    expect(human.action).toBe("handoff");
    expect(human.onMessage.signals[0]).toMatchObject({ name: "explicit_request", score: expect.any(Number), evidence: expect.arrayContaining([expect.stringMatching(/person/)]) });
    const routine = await tryIt({ message: "what are your opening hours?" });
    expect(routine.action).toBe("stay");
    expect(routine.answer?.text).toEqual(expect.any(String));
    // With the signal off in a draft, the same words stay with the AI.
    const draft = await tryIt({ message: "can I speak to a real person", policy: { signals: { explicitRequest: false } } });
    expect(draft.onMessage.signals.map((s) => s.name)).not.toContain("explicit_request");
    const badDraft = await agentApi(who, `/sites/${site.id}/policy/try`, { method: "POST", json: { message: "x", policy: { thresholds: { repeatSimilarity: 0.1 } } } });
    expect(((await badDraft.json()) as Issues).error.issues.map((i) => i.path)).toEqual(["policy.thresholds.repeatSimilarity"]);
  });
});
