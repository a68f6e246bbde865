import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { conversationStub } from "../../worker/durable/stubs.ts";
import worker from "../../worker/index.ts";
import { retentionSweep } from "../../worker/retention/sweep.ts";
import { agentApi, createAgent, createSite, createWorkspace, visitorInNewConversation } from "../helpers/fixtures.ts";

const DAY = 86_400_000;

/** A conversation with a question and its answer in D1, last active `daysAgo` days ago (its row and its messages). */
async function conversationIn(siteId: string, daysAgo: number, lastMessageDaysAgo = daysAgo): Promise<string> {
  const { socket, conversationId } = await visitorInNewConversation(siteId);
  socket.send({ type: "message", clientId: "q", text: "where is my order?" });
  await socket.message((m) => m.seq === 3);
  await conversationStub(env, conversationId).syncNow();
  socket.close();
  await env.DB.batch([
    env.DB.prepare("UPDATE conversations SET updated_at = ? WHERE id = ?").bind(Date.now() - daysAgo * DAY, conversationId),
    env.DB.prepare("UPDATE messages SET created_at = ? WHERE conversation_id = ?").bind(Date.now() - lastMessageDaysAgo * DAY, conversationId),
  ]);
  return conversationId;
}

async function inD1(conversationId: string) {
  const count = async (sql: string) => (await env.DB.prepare(sql).bind(conversationId).first<{ n: number }>())?.n ?? 0;
  return {
    conversation: await count("SELECT count(*) AS n FROM conversations WHERE id = ?"),
    messages: await count("SELECT count(*) AS n FROM messages WHERE conversation_id = ?"),
    events: await count("SELECT count(*) AS n FROM conversation_events WHERE conversation_id = ?"),
  };
}

async function runCron(scheduledTime = Date.now()) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime, cron: "17 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe("retention: each workspace's conversations are deleted after its retention_days", () => {
  it("admins set it through the workspace settings (1–3650 days, or null to keep forever); agents cannot", async () => {
    const workspaceId = await createWorkspace("Retention settings");
    const admin = await createAgent("Ada", { workspaceId, role: "admin" });
    const agent = await createAgent("Al", { workspaceId, role: "agent" });
    const read = async () => ((await (await agentApi(admin, "")).json()) as { workspace: { retentionDays: number | null } }).workspace.retentionDays;
    expect(await read()).toBe(365);
    expect((await agentApi(agent, "", { method: "PATCH", json: { retentionDays: 30 } })).status).toBe(403);
    expect((await agentApi(admin, "", { method: "PATCH", json: { retentionDays: 0 } })).status).toBe(400);
    expect((await agentApi(admin, "", { method: "PATCH", json: { retentionDays: 2.5 } })).status).toBe(400);
    expect((await agentApi(admin, "", { method: "PATCH", json: {} })).status).toBe(400);
    expect((await agentApi(admin, "", { method: "PATCH", json: { retentionDays: 30 } })).status).toBe(200);
    expect(await read()).toBe(30);
    expect((await agentApi(admin, "", { method: "PATCH", json: { retentionDays: null } })).status).toBe(200);
    expect(await read()).toBeNull();
    const audit = (await (await agentApi(admin, "/audit")).json()) as { entries: { action: string; after: unknown }[] };
    expect(audit.entries[0]).toMatchObject({ action: "workspace.retention", after: { retentionDays: null } });
  });

  it("the Cron Trigger deletes expired conversations (D1 rows and the Durable Object's copy) and keeps recent ones and those of keep-forever workspaces", async () => {
    const shortLived = await createWorkspace("Thirty days");
    await env.DB.prepare("UPDATE workspaces SET retention_days = 30 WHERE id = ?").bind(shortLived).run();
    const forever = await createWorkspace("Forever");
    await env.DB.prepare("UPDATE workspaces SET retention_days = NULL WHERE id = ?").bind(forever).run();
    const site = await createSite({}, undefined, shortLived);
    const keptSite = await createSite({}, undefined, forever);
    const expired = await conversationIn(site, 31);
    const recent = await conversationIn(site, 29);
    const ancient = await conversationIn(keptSite, 4000);
    // Its row last changed 40 days ago, but the visitor wrote yesterday: still active.
    const chatty = await conversationIn(site, 40, 1);
    expect((await inD1(expired)).messages).toBeGreaterThanOrEqual(3);

    await runCron();

    expect(await inD1(expired)).toEqual({ conversation: 0, messages: 0, events: 0 });
    expect(await conversationStub(env, expired).describe()).toBeNull();
    expect((await inD1(recent)).messages).toBeGreaterThanOrEqual(3);
    expect(await conversationStub(env, recent).describe()).not.toBeNull();
    expect((await inD1(ancient)).messages).toBeGreaterThanOrEqual(3);
    expect((await inD1(chatty)).messages).toBeGreaterThanOrEqual(3);
  });

  it("works in bounded batches: what one run leaves, the next takes", async () => {
    const workspaceId = await createWorkspace("Backlog");
    await env.DB.prepare("UPDATE workspaces SET retention_days = 1 WHERE id = ?").bind(workspaceId).run();
    const site = await createSite({}, undefined, workspaceId);
    const ids = [await conversationIn(site, 3), await conversationIn(site, 2), await conversationIn(site, 5)];
    const first = await retentionSweep(env, Date.now(), 1, 2);
    expect(first).toMatchObject({ conversations: 2, batches: 2 });
    // Oldest first: the 5- and 3-day-old ones went.
    expect((await inD1(ids[2]!)).conversation).toBe(0);
    expect((await inD1(ids[0]!)).conversation).toBe(0);
    expect((await inD1(ids[1]!)).conversation).toBe(1);
    expect(await retentionSweep(env, Date.now(), 1, 2)).toMatchObject({ conversations: 1, batches: 1 });
    expect((await inD1(ids[1]!)).conversation).toBe(0);
  });
});
