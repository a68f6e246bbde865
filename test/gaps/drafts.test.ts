import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ArticleRepo } from "../../worker/kb/article-repo.ts";
import { termDocuments } from "../../worker/kb/passage-repo.ts";
import type { GapList } from "../../worker/protocol/index.ts";
import { agentApi, createAgent, createSite, createWorkspace, fakeAiCalls, fakeModel, visitorInNewConversation } from "../helpers/fixtures.ts";
import { DAY, declinedThenAgent, seedStories } from "./gap-fixture.ts";

type Article = { id: string; title: string; body: string; status: string };
type Answer = { answer: string; meta: { declined: boolean; citations: { articleId: string }[] } };

const QUESTION = "can I pay with a voucher code";

async function gapSite(settings: Record<string, unknown> = {}) {
  const workspaceId = await createWorkspace("Gap drafts");
  const admin = await createAgent("Drafts admin", { workspaceId, role: "admin" });
  const agent = await createAgent("Drafts agent", { workspaceId, role: "agent" });
  const siteId = await createSite(settings, undefined, workspaceId);
  const now = Date.now() - 60_000;
  await seedStories(workspaceId, siteId, [
    declinedThenAgent(`${siteId}-v1`, now - 3 * DAY, "Can I pay with a voucher code?", "Hi Tom! Voucher codes are entered in the basket, under the order total. One voucher code can be used per order. Could you tell me your order number?"),
    declinedThenAgent(`${siteId}-v2`, now - 2 * DAY, "how do I use my voucher code when paying", "You enter voucher codes in the basket, under the order total. Only one voucher code works per order. Thanks for waiting!"),
    declinedThenAgent(`${siteId}-v3`, now - DAY, "where do I enter a voucher code when paying", "Voucher codes go in the basket under the order total; your code KO-123456 expired on 1 May."),
  ]);
  const list = (await (await agentApi(admin, `/sites/${siteId}/gaps`)).json()) as GapList;
  const group = list.groups[0];
  // By hand: the three questions share "voucher", "code" and "pay": one group.
  if (!settings.ai) expect(group?.questions).toBe(3);
  if (!group) throw new Error("the fixture makes one group");
  const draft = (as = admin) => agentApi(as, `/sites/${siteId}/gaps/drafts`, { method: "POST", json: { questions: group.refs } });
  const ask = async (q: string) => (await (await agentApi(admin, `/sites/${siteId}/search?q=${encodeURIComponent(q)}`)).json()) as Answer;
  return { admin, agent, siteId, group, draft, ask };
}

/** A visitor's question in a live conversation, answered by the site's provider. */
async function visitorAsks(siteId: string, question: string) {
  const { socket } = await visitorInNewConversation(siteId);
  socket.send({ type: "message", clientId: "q", text: question });
  return (await socket.message((m) => m.role === "ai" && m.seq === 3)).ai;
}

describe("knowledge gaps: draft articles", () => {
  it("drafts from the agents' most representative sentences, which no retrieval path finds until it is published", async () => {
    const { admin, siteId, group, draft, ask } = await gapSite();
    const created = await draft();
    expect(created.status).toBe(201);
    const { article, writtenBy } = (await created.json()) as { article: Article; writtenBy: string };
    expect(writtenBy).toBe("extractive");
    expect(article.status).toBe("draft");
    expect(article.title).toBe(`${group.label.charAt(0).toUpperCase()}${group.label.slice(1)}${group.label.endsWith("?") ? "" : "?"}`);
    // What all three agents said comes first; greetings, questions back and one visitor's own code are left out.
    expect(article.body.split("\n\n")[0]).toBe("Voucher codes are entered in the basket, under the order total.");
    expect(article.body).toContain("One voucher code can be used per order.");
    expect(article.body).not.toMatch(/Hi Tom|order number\?|KO-123456|Thanks for waiting/);

    // The editor lists it, as a draft.
    const listed = (await (await agentApi(admin, `/sites/${siteId}/articles`)).json()) as { articles: Article[] };
    expect(listed.articles.map((a) => [a.id, a.status])).toEqual([[article.id, "draft"]]);

    // Full-text and the try-question box: not found. The vocabulary: none of its words counted. A visitor's answer: declined.
    expect((await ask(QUESTION)).meta.declined).toBe(true);
    expect((await termDocuments(env.DB, ["voucher", "basket"], false)).documents.size).toBe(0);
    expect((await visitorAsks(siteId, QUESTION))?.declined).toBe(true);
    // An edit in the editor keeps it a draft.
    const edited = await agentApi(admin, `/sites/${siteId}/articles/${article.id}`, { method: "PUT", json: { title: "Paying with a voucher", body: `${article.body}\n\nVouchers never expire.`, tags: [] } });
    expect(((await edited.json()) as { article: Article }).article.status).toBe("draft");
    expect((await ask(QUESTION)).meta.declined).toBe(true);

    const published = await agentApi(admin, `/sites/${siteId}/articles/${article.id}/publish`, { method: "POST" });
    expect(published.status).toBe(200);
    expect(((await published.json()) as { article: Article }).article.status).toBe("published");
    const answer = await ask(QUESTION);
    expect(answer.meta.declined).toBe(false);
    expect(answer.meta.citations.map((c) => c.articleId)).toContain(article.id);
    expect((await termDocuments(env.DB, ["voucher"], false)).documents.get("voucher")).toBeGreaterThan(0);
    expect((await visitorAsks(siteId, QUESTION))?.citations.map((c) => c.articleId)).toContain(article.id);
    // The group now shows as tracked and published.
    const after = (await (await agentApi(admin, `/sites/${siteId}/gaps`)).json()) as GapList;
    expect(after.groups[0]?.tracked).toMatchObject({ articleId: article.id, status: "published" });
  });

  it("a draft that somehow has passages is still found by no search: full-text, by id, or by vector", async () => {
    const siteId = await createSite({ ai: { provider: "workers-ai" } });
    const store = new ArticleRepo(env.DB);
    const live = await store.save(siteId, { title: "Vouchers", body: "Voucher codes are entered in the basket." });
    const draft = await store.save(siteId, { title: "Vouchers draft", body: "Voucher codes are entered in the basket." }, "planted-draft", "draft");
    // Plant the live article's passages under the draft, as a bug in the indexing could.
    await env.DB.batch([
      env.DB.prepare("INSERT INTO kb_passages (article_id, site_id, position, heading, text, embedding, embedding_model) SELECT ?, site_id, position, heading, text, embedding, embedding_model FROM kb_passages WHERE article_id = ?").bind(draft.id, live.id),
      env.DB.prepare("INSERT INTO kb_fts (rowid, site_id, title, heading, text, tags) SELECT id, site_id, 'Vouchers draft', heading, text, '' FROM kb_passages WHERE article_id = ?").bind(draft.id),
    ]);
    const { searchPassages, passagesById, passageEmbeddings } = await import("../../worker/kb/passage-repo.ts");
    expect((await searchPassages(env.DB, siteId, "voucher basket")).map((h) => h.articleId)).toEqual([live.id]);
    const planted = await env.DB.prepare("SELECT id FROM kb_passages WHERE article_id = ?").bind(draft.id).all<{ id: number }>();
    expect(await passagesById(env.DB, planted.results.map((r) => r.id))).toEqual([]);
    await env.DB.prepare("UPDATE kb_passages SET embedding = ?, embedding_model = 'm' WHERE site_id = ?").bind(new Float32Array([1, 0]).buffer, siteId).run();
    const vectors = await passageEmbeddings(env.DB, siteId, "m");
    expect(vectors.length).toBe(1);
    expect(planted.results.map((r) => r.id)).not.toContain(vectors[0]?.id);
  });

  it("only admins draft and publish; an agent is refused", async () => {
    const { admin, agent, siteId, draft } = await gapSite();
    expect((await draft(agent)).status).toBe(403);
    expect((await agentApi(agent, `/sites/${siteId}/gaps`)).status).toBe(403);
    const { article } = (await (await draft(admin)).json()) as { article: Article };
    expect((await agentApi(agent, `/sites/${siteId}/articles/${article.id}/publish`, { method: "POST" })).status).toBe(403);
    const stored = await new ArticleRepo(env.DB).get(siteId, article.id);
    expect(stored?.status).toBe("draft");
  });

  it("with Workers AI selected, the model writes the draft from the questions and the agents' answers (JSON mode)", async () => {
    const model = fakeModel("answer");
    const { draft, group } = await gapSite({ ai: { provider: "workers-ai", model } });
    const { article, writtenBy } = (await (await draft()).json()) as { article: Article; writtenBy: string };
    expect(writtenBy).toBe(model);
    expect(article.status).toBe("draft");
    const calls = (await fakeAiCalls(model)).filter((c) => JSON.stringify(c.inputs).includes("article_body"));
    expect(calls.length).toBe(1);
    const inputs = calls[0]?.inputs as { messages: { role: string; content: string }[]; stream?: boolean; response_format: { type: string } };
    expect(inputs.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(inputs.stream).toBeUndefined();
    expect(inputs.response_format.type).toBe("json_schema");
    const user = inputs.messages[1]?.content ?? "";
    for (const ref of group.examples) expect(user).toContain(`<question>${ref.text}</question>`);
    for (const ref of group.examples) expect(user).toContain(`<answer>${ref.agentReplies[0]}</answer>`);
    // The fake answers with the first question as the title: the article is the model's.
    expect(article.title).toMatch(/^About: /);
  });
});
