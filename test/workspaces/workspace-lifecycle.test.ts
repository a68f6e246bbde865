import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { conversationStub } from "../../worker/durable/stubs.ts";
import { addArticle, agentApi, api, createAgent, createSite, createWorkspace, queueSocket, visitorInNewConversation } from "../helpers/fixtures.ts";
import { waitUntil } from "../helpers/wait.ts";

async function count(sql: string, ...binds: string[]): Promise<number> {
  return (await env.DB.prepare(sql).bind(...binds).first<{ n: number }>())?.n ?? -1;
}

describe("a workspace's life", () => {
  it("lets any agent start a workspace of their own, and an admin rename it (audited)", async () => {
    const agent = await createAgent("Founder");
    const created = await api("/api/agent/workspaces", { method: "POST", json: { name: "New venture" }, headers: { Authorization: `Bearer ${agent.token}` } });
    expect(created.status).toBe(201);
    const { workspace } = (await created.json()) as { workspace: { id: string; role: string } };
    expect(workspace.role).toBe("owner");
    const asOwner = { ...agent, workspaceId: workspace.id };
    expect((await agentApi(asOwner, "", { method: "PATCH", json: { name: "Renamed venture" } })).status).toBe(200);
    const info = (await (await agentApi(asOwner, "")).json()) as { workspace: { name: string } };
    expect(info.workspace.name).toBe("Renamed venture");
    const audit = (await (await agentApi(asOwner, "/audit")).json()) as { entries: { action: string; before: unknown; after: unknown }[] };
    expect(audit.entries[0]).toMatchObject({ action: "workspace.rename", before: { name: "New venture" }, after: { name: "Renamed venture" } });
  });

  it("an owner deletes a workspace with its name typed back: its data, conversations and sockets are gone, the others untouched", async () => {
    const doomed = await createWorkspace("Doomed");
    const kept = await createWorkspace("Kept");
    const owner = await createAgent("Owner", { workspaceId: doomed, role: "owner" });
    const neighbour = await createAgent("Neighbour", { workspaceId: kept, role: "owner" });
    const siteId = await createSite({}, undefined, doomed);
    const keptSite = await createSite({}, undefined, kept);
    await addArticle(siteId, { title: "Doomed article", body: "Gone soon." });
    await addArticle(keptSite, { title: "Kept article", body: "Still here." });
    const visitor = await visitorInNewConversation(siteId);
    visitor.socket.send({ type: "message", clientId: "m1", text: "hello" });
    await visitor.socket.take("ack");
    const keptVisitor = await visitorInNewConversation(keptSite);
    const feed = await queueSocket(owner);
    await feed.take("queue_snapshot");
    await waitUntil(async () => (await count("SELECT count(*) AS n FROM conversations WHERE id = ?", visitor.conversationId)) === 1);

    expect((await agentApi(owner, "", { method: "DELETE", json: { confirm: "doomed" } })).status).toBe(400);
    const admin = await createAgent("Admin", { workspaceId: doomed, role: "admin" });
    expect((await agentApi(admin, "", { method: "DELETE", json: { confirm: "Doomed" } })).status).toBe(403);
    expect((await agentApi(owner, "", { method: "DELETE", json: { confirm: "Doomed" } })).status).toBe(200);

    await waitUntil(async () => visitor.socket.closed && feed.closed, 2000, "the workspace's sockets to close");
    expect(visitor.socket.closed?.code).toBe(4404);
    expect(feed.closed?.code).toBe(4404);
    expect(await conversationStub(env, visitor.conversationId).describe()).toBeNull();
    for (const [table, column] of [["sites", "workspace_id"], ["conversations", "workspace_id"], ["memberships", "workspace_id"], ["audit_log", "workspace_id"], ["workspaces", "id"]]) {
      expect(await count(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`, doomed), table).toBe(0);
    }
    expect(await count("SELECT count(*) AS n FROM kb_articles WHERE site_id = ?", siteId)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM kb_passages WHERE site_id = ?", siteId)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM kb_fts WHERE site_id = ?", siteId)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM messages WHERE conversation_id = ?", visitor.conversationId)).toBe(0);
    // The owner's session no longer opens anything of it.
    expect((await agentApi(owner, "/sites")).status).toBe(403);
    // The other workspace is untouched.
    expect(await count("SELECT count(*) AS n FROM kb_articles WHERE site_id = ?", keptSite)).toBe(1);
    expect(keptVisitor.socket.closed).toBeNull();
    expect((await agentApi(neighbour, "/sites")).status).toBe(200);
  });
});
