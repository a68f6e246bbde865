import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { agentApi, claimedConversation, createAgent, createSite, createWorkspace, visitorInNewConversation } from "../helpers/fixtures.ts";

describe("the agent's verdict on a handoff", () => {
  it("is stored with the conversation's trigger reason, shown again on reading, and given once", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Dana", { role: "agent" });
    const { visitor } = await claimedConversation(siteId, agent);
    const path = `/conversations/${visitor.conversationId}/handoff-feedback`;

    expect(await (await agentApi(agent, path)).json()).toEqual({ feedback: null });
    const saved = await agentApi(agent, path, { method: "POST", json: { verdict: "not_needed" } });
    expect(saved.status).toBe(201);
    const row = await env.DB.prepare("SELECT verdict, agent_id, trigger_reason, workspace_id FROM handoff_feedback WHERE conversation_id = ?")
      .bind(visitor.conversationId)
      .first<{ verdict: string; agent_id: string; trigger_reason: string | null; workspace_id: string }>();
    const reason = await env.DB.prepare("SELECT trigger_reason FROM conversations WHERE id = ?").bind(visitor.conversationId).first<{ trigger_reason: string | null }>();
    expect(reason?.trigger_reason).toBeTruthy();
    expect(row).toEqual({ verdict: "not_needed", agent_id: agent.id, trigger_reason: reason?.trigger_reason, workspace_id: agent.workspaceId });

    // After a reload the console reads it back.
    expect(await (await agentApi(agent, path)).json()).toMatchObject({ feedback: { verdict: "not_needed", agentId: agent.id } });
    const second = await agentApi(agent, path, { method: "POST", json: { verdict: "too_late" } });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: "already_judged" } });
  });

  it("is refused for a conversation never handed off, and for a bad verdict", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const visitor = await visitorInNewConversation(siteId);
    const path = `/conversations/${visitor.conversationId}/handoff-feedback`;
    const never = await agentApi(agent, path, { method: "POST", json: { verdict: "too_late" } });
    expect(never.status).toBe(409);
    const bad = await agentApi(agent, path, { method: "POST", json: { verdict: "great" } });
    expect(bad.status).toBe(400);
  });

  it("is scoped to the workspace: another workspace's agent can neither read nor give it", async () => {
    const siteId = await createSite();
    const agent = await createAgent();
    const { visitor } = await claimedConversation(siteId, agent);
    const outsider = await createAgent("Eve", { workspaceId: await createWorkspace("Elsewhere") });
    const path = `/conversations/${visitor.conversationId}/handoff-feedback`;
    const write = await agentApi(outsider, path, { method: "POST", json: { verdict: "not_needed" } });
    const read = await agentApi(outsider, path);
    expect([write.status, read.status]).toEqual([403, 403]);
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM handoff_feedback WHERE conversation_id = ?").bind(visitor.conversationId).first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });
});
