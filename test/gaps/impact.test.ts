import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { GapImpacts, GapList } from "../../worker/protocol/index.ts";
import { agentApi, createAgent, createSite, createWorkspace, fakeModel } from "../helpers/fixtures.ts";
import { DAY, declinedThenAgent, seedStories, WEEK, type Story } from "./gap-fixture.ts";

const H = 3_600_000;
const REPLY = "Yes, gift wrapping costs 3 euros and you choose it at checkout.";

/** A question the AI answered surely (after the article): not handed over. */
function answered(id: string, at: number, question: string): Story {
  return { id, at, said: [{ role: "visitor", text: question }, { role: "ai", text: "Gift wrapping costs 3 euros.", ai: { confidence: 0.9 } }] };
}

describe("knowledge gaps: before and after the article is published", () => {
  it("counts, per week, the conversations asking the group's question and how many went to a person", async () => {
    const workspaceId = await createWorkspace("Gap impact");
    const admin = await createAgent("Impact admin", { workspaceId, role: "admin" });
    const siteId = await createSite({}, undefined, workspaceId);
    // Published two weeks ago (less an hour, so that "after" is two weeks, the second nearly complete).
    const P = Date.now() - 2 * WEEK + H;
    const week = (n: number, day = 1) => P + n * WEEK + day * DAY;
    const id = (n: string) => `${siteId}-${n}`;
    const handed = (n: string, at: number, q: string) => declinedThenAgent(id(n), at, q, REPLY);
    await seedStories(workspaceId, siteId, [
      // Five weeks before: outside "before".
      handed("old", week(-5), "do you offer gift wrapping"),
      // Week -4: 2 asked, 2 handed over.
      handed("a1", week(-4), "do you offer gift wrapping"),
      handed("a2", week(-4, 3), "can you gift wrap my order"),
      // Week -3: 3 asked, 2 handed over.
      handed("b1", week(-3), "is gift wrapping possible"),
      handed("b2", week(-3, 2), "gift wrap for a present please"),
      answered(id("b3"), week(-3, 4), "how much is gift wrapping"),
      // Week -2: 1 asked, 1 handed over.
      handed("c1", week(-2), "do you gift wrap"),
      // Week -1: 2 asked, 1 handed over; and a parcel question, handed over but not of the group.
      handed("d1", week(-1), "can you gift wrap my order"),
      answered(id("d2"), week(-1, 2), "gift wrapping price"),
      handed("d3", week(-1, 3), "where is my parcel"),
      // After, week 0: 2 asked, 1 handed over; week 1: 1 asked, none handed over; and a parcel question.
      handed("e1", week(0), "do you offer gift wrapping"),
      answered(id("e2"), week(0, 2), "can you gift wrap my order"),
      answered(id("f1"), week(1), "is gift wrapping possible"),
      handed("f2", week(1, 2), "where is my parcel"),
    ]);
    const list = (await (await agentApi(admin, `/sites/${siteId}/gaps?days=120`)).json()) as GapList;
    const gift = list.groups.find((g) => /gift/.test(g.label));
    if (!gift) throw new Error("no gift wrapping group");
    const drafted = await agentApi(admin, `/sites/${siteId}/gaps/drafts`, { method: "POST", json: { questions: gift.refs } });
    const { article } = (await drafted.json()) as { article: { id: string } };
    expect((await agentApi(admin, `/sites/${siteId}/articles/${article.id}/publish`, { method: "POST" })).status).toBe(200);
    await env.DB.prepare("UPDATE kb_gaps SET published_at = ? WHERE article_id = ?").bind(P, article.id).run();

    const response = await agentApi(admin, `/sites/${siteId}/gaps/impact`);
    expect(response.status).toBe(200);
    const { gaps } = (await response.json()) as GapImpacts;
    expect(gaps.length).toBe(1);
    const impact = gaps[0];
    expect(impact?.status).toBe("published");
    expect(impact?.weeks.map((w) => [w.start - P, w.questions, w.handedOver, w.after])).toEqual([
      [-4 * WEEK, 2, 2, false],
      [-3 * WEEK, 3, 2, false],
      [-2 * WEEK, 1, 1, false],
      [-WEEK, 2, 1, false],
      [0, 2, 1, true],
      [WEEK, 1, 0, true],
    ]);
    // Before: 8 in 4 weeks (2 a week), 6 handed over (1.5 a week). After: 3 in 2 weeks (1.5), 1 handed over (0.5).
    expect(impact?.before).toEqual({ weeks: 4, questionsPerWeek: 2, handedOverPerWeek: 1.5 });
    expect(impact?.after).toEqual({ weeks: 2, questionsPerWeek: 1.5, handedOverPerWeek: 0.5 });
  });
});

describe("knowledge gaps: before and after, with Workers AI selected", () => {
  it("matches later questions by the group's stored bge-m3 centroid (faked binding)", async () => {
    const model = fakeModel("answer");
    const workspaceId = await createWorkspace("Gap impact AI");
    const admin = await createAgent("Impact AI admin", { workspaceId, role: "admin" });
    const siteId = await createSite({ ai: { provider: "workers-ai", model } }, undefined, workspaceId);
    const P = Date.now() - WEEK + H;
    const id = (n: string) => `${siteId}-${n}`;
    await seedStories(workspaceId, siteId, [
      declinedThenAgent(id("b1"), P - 3 * WEEK, "do you offer gift wrapping for presents", REPLY),
      declinedThenAgent(id("b2"), P - 2 * WEEK, "do you offer gift wrapping for presents", REPLY),
      declinedThenAgent(id("b3"), P - 2 * WEEK + DAY, "where is my parcel from last week", REPLY),
      answered(id("a1"), P + DAY, "do you offer gift wrapping for presents"),
    ]);
    const list = (await (await agentApi(admin, `/sites/${siteId}/gaps?days=60`)).json()) as GapList;
    expect(list.similarity).toBe("@cf/baai/bge-m3");
    const gift = list.groups[0];
    expect(gift?.questions).toBe(2);
    const { article } = (await (await agentApi(admin, `/sites/${siteId}/gaps/drafts`, { method: "POST", json: { questions: gift?.refs } })).json()) as { article: { id: string } };
    const stored = await env.DB.prepare("SELECT embedding_model FROM kb_gaps WHERE article_id = ?").bind(article.id).first<{ embedding_model: string | null }>();
    expect(stored?.embedding_model).toBe("@cf/baai/bge-m3");
    await agentApi(admin, `/sites/${siteId}/articles/${article.id}/publish`, { method: "POST" });
    await env.DB.prepare("UPDATE kb_gaps SET published_at = ? WHERE article_id = ?").bind(P, article.id).run();
    const { similarity, gaps } = (await (await agentApi(admin, `/sites/${siteId}/gaps/impact`)).json()) as GapImpacts;
    expect(similarity).toBe("@cf/baai/bge-m3");
    // Before: 2 in 4 weeks, both handed over; after: 1 in one week, not handed over. The parcel question matches nothing.
    expect(gaps[0]?.before).toEqual({ weeks: 4, questionsPerWeek: 0.5, handedOverPerWeek: 0.5 });
    expect(gaps[0]?.after).toEqual({ weeks: 1, questionsPerWeek: 1, handedOverPerWeek: 0 });
  });
});
