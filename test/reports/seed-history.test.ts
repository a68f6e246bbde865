import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { historyStories, type HistoryOptions } from "../../worker/cli/history-plan.ts";
import { seedConversation } from "../../worker/cli/history-seed.ts";
import { createSite, createWorkspace } from "../helpers/fixtures.ts";

const DAY = 86_400_000;
const today = Date.UTC(2026, 11, 3);
const options = (workspaceId: string, siteId: string): HistoryOptions => ({
  workspaceId,
  siteId,
  origin: "https://shop.test",
  agents: [
    { id: "a1", name: "Sam" },
    { id: "a2", name: "Alex" },
  ],
  topicTeams: { refund: "billing", billing_dispute: "billing", cancellation: "billing" },
  proTeam: "priority",
  count: 300,
  today,
});

const count = async (sql: string, id: string) => (await env.DB.prepare(sql).bind(id).first<{ n: number }>())?.n ?? -1;

describe("the demo's past conversations (npm run seed)", () => {
  it("are the same stories every time for the same workspace and day", () => {
    expect(historyStories(options("w", "s"))).toEqual(historyStories(options("w", "s")));
    expect(historyStories(options("other", "s"))[0]?.steps).not.toEqual(historyStories(options("w", "s"))[0]?.steps);
  });

  it("spread over the eight weeks before today, with whole-millisecond times in order", () => {
    const stories = historyStories(options("w", "s"));
    const starts = stories.map((s) => s.steps[0]?.at ?? 0);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(today - 56 * DAY);
    expect(Math.max(...starts)).toBeLessThan(today);
    expect(new Set(starts.map((at) => Math.floor((today - at) / (7 * DAY)))).size).toBe(8);
    for (const story of stories) {
      const times = story.steps.map((s) => s.at);
      expect(times.every(Number.isInteger)).toBe(true);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it("mix AI-only and handed-off conversations, every trigger, both agents, reopened ones, ratings on both paths", () => {
    const stories = historyStories(options("w", "s"));
    const handoffs = stories.flatMap((s) => s.steps.filter((step) => step.kind === "handoff"));
    const aiOnly = stories.filter((s) => !s.steps.some((step) => step.kind === "handoff"));
    expect(aiOnly.length).toBeGreaterThan(100);
    expect(handoffs.length).toBeGreaterThan(80);
    const triggers = new Set(handoffs.map((h) => (h.kind === "handoff" ? (h.decision.signals[0]?.name ?? h.decision.phase) : "")));
    expect(triggers).toEqual(new Set(["explicit_request", "frustration", "critical_low_confidence", "forced_topic", "going_in_circles", "button"]));
    const claimers = new Set(stories.flatMap((s) => s.steps.flatMap((step) => (step.kind === "claim" ? [step.agent.id] : []))));
    expect(claimers).toEqual(new Set(["a1", "a2"]));
    expect(stories.some((s) => s.steps.some((step) => step.kind === "reopen"))).toBe(true);
    expect(new Set(stories.flatMap((s) => (s.rating ? [s.rating.path] : [])))).toEqual(new Set(["ai", "human"]));
    expect(new Set(handoffs.map((h) => (h.kind === "handoff" ? h.teamId : "")))).toEqual(new Set(["all", "billing", "priority"]));
  });

  it("write their rows once: seeding again leaves the same counts", async () => {
    const workspaceId = await createWorkspace();
    const siteId = await createSite({}, undefined, workspaceId);
    const stories = historyStories({ ...options(workspaceId, siteId), count: 40 });
    const messages = stories.reduce((n, s) => n + s.steps.filter((step) => ["visitor", "ai", "agent", "handoff", "claim"].includes(step.kind)).length, 0);
    const ratings = stories.filter((s) => s.rating).length;
    for (let round = 0; round < 2; round++) for (const story of stories) await env.DB.batch(seedConversation(env.DB, story));
    expect(await count("SELECT count(*) n FROM conversations WHERE workspace_id = ?", workspaceId)).toBe(40);
    expect(await count("SELECT count(*) n FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE workspace_id = ?)", workspaceId)).toBe(messages);
    expect(await count("SELECT count(*) n FROM conversation_ratings WHERE workspace_id = ?", workspaceId)).toBe(ratings);
    expect(await count("SELECT count(*) n FROM conversations WHERE workspace_id = ? AND state = 'resolved' AND resolved_at IS NOT NULL", workspaceId)).toBe(40);
    const handedOff = stories.filter((s) => s.steps.some((step) => step.kind === "claim")).length;
    expect(await count("SELECT count(*) n FROM conversations WHERE workspace_id = ? AND queued_at IS NOT NULL AND assigned_at > queued_at AND agent_id IS NOT NULL", workspaceId)).toBe(handedOff);
  });
});
