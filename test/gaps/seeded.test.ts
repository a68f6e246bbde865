import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { historyStories } from "../../worker/cli/history-plan.ts";
import { seedConversation } from "../../worker/cli/history-seed.ts";
import type { GapList } from "../../worker/protocol/index.ts";
import { agentApi, createAgent, createSite, createWorkspace } from "../helpers/fixtures.ts";

describe("knowledge gaps on the demo's seeded history (npm run seed)", () => {
  it("finds the questions the demo knowledge base lacks, and drafts from the agents' answers without their small talk", async () => {
    const workspaceId = await createWorkspace("Seeded gaps");
    const admin = await createAgent("Seeded admin", { workspaceId, role: "admin" });
    const siteId = await createSite({}, undefined, workspaceId);
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    const agents = [{ id: admin.id, name: admin.name }];
    const stories = historyStories({ workspaceId, siteId, origin: "https://shop.test", agents, topicTeams: {}, proTeam: null, count: 200, today });
    for (const story of stories) await env.DB.batch(seedConversation(env.DB, story));

    // The history reaches 56 days back from midnight; 56 days back from now would drop that first day's earlier hours.
    const list = (await (await agentApi(admin, `/sites/${siteId}/gaps?days=57`)).json()) as GapList;
    const rent = list.groups.find((g) => /\brent\b/i.test(g.label));
    expect(rent, list.groups.map((g) => g.label).join(" | ")).toBeDefined();
    // Its four wordings are one group.
    expect(new Set(rent?.examples.map((e) => e.text)).size).toBeGreaterThan(1);
    expect(list.groups.some((g) => /group discount/i.test(g.label))).toBe(true);

    const drafted = await agentApi(admin, `/sites/${siteId}/gaps/drafts`, { method: "POST", json: { questions: rent?.refs } });
    expect(drafted.status).toBe(201);
    const { article } = (await drafted.json()) as { article: { body: string } };
    expect(article.body).toContain("15 euros a day");
    expect(article.body).not.toContain("let me sort this out");
  });
});
