import { describe, expect, it } from "vitest";
import { agentApi, api, createAgent, createSite, workspacePath } from "../helpers/fixtures.ts";

type Article = { id: string; title: string; body: string; url: string | null; tags: string[] };
type Answer = { answer: string; meta: { declined: boolean; citations: { title: string }[] } };

/** Calls in the agent's workspace: paths are given from /sites on. */
async function asAgent() {
  const agent = await createAgent();
  return {
    get: (path: string) => agentApi(agent, path),
    send: (method: string, path: string, json: unknown) => agentApi(agent, path, { method, json }),
    agent,
  };
}

describe("the knowledge base API", () => {
  it("creates, finds, edits (re-indexing), and deletes an article", async () => {
    const siteId = await createSite();
    const as = await asAgent();
    const base = `/sites/${siteId}/articles`;
    const created = await as.send("POST", base, {
      title: "Gift wrapping",
      body: "## Wrapping\n\nWe gift wrap any order for 3 euros. Choose gift wrap at checkout.",
      url: "/help/gift-wrap",
      tags: ["gifts"],
    });
    expect(created.status).toBe(201);
    const { article } = (await created.json()) as { article: Article };
    expect((await ((await as.get(base)).json() as Promise<{ articles: Article[] }>)).articles.map((a) => a.title)).toEqual(["Gift wrapping"]);

    const ask = async (q: string) => (await (await as.get(`/sites/${siteId}/search?q=${encodeURIComponent(q)}`)).json()) as Answer;
    expect((await ask("how much does gift wrapping cost")).answer).toContain("3 euros");

    const edited = await as.send("PUT", `${base}/${article.id}`, {
      title: "Gift wrapping",
      body: "Gift wrapping is free for members and 4 euros otherwise.",
      tags: ["gifts"],
    });
    expect(edited.status).toBe(200);
    const afterEdit = await ask("how much does gift wrapping cost");
    expect(afterEdit.answer).toContain("4 euros");
    expect(afterEdit.answer).not.toContain("3 euros");

    expect((await as.send("DELETE", `${base}/${article.id}`, undefined)).status).toBe(200);
    expect((await as.get(`${base}/${article.id}`)).status).toBe(404);
    expect((await ask("how much does gift wrapping cost")).meta.declined).toBe(true);
  });

  it("imports a folder's worth of articles; importing again updates instead of duplicating", async () => {
    const siteId = await createSite();
    const as = await asAgent();
    const path = `/sites/${siteId}/articles/import`;
    const articles = [
      { slug: "opening-hours", title: "Opening hours", body: "We are open from 9 to 5 on weekdays." },
      { slug: "parking", title: "Parking", body: "Free parking behind the shop.", tags: ["visit"] },
    ];
    expect(await (await as.send("POST", path, { articles })).json()).toMatchObject({ imported: 2 });
    articles[0] = { ...articles[0]!, body: "We are open from 8 to 6 on weekdays." };
    await as.send("POST", path, { articles });
    const list = (await (await as.get(`/sites/${siteId}/articles`)).json()) as { articles: Article[] };
    expect(list.articles.map((a) => a.id).sort()).toEqual(["opening-hours", "parking"]);
    expect(list.articles.find((a) => a.id === "opening-hours")?.body).toContain("8 to 6");
  });

  it("imports pages from a list of URLs, keeping the readable text and dropping navigation and scripts", async () => {
    const siteId = await createSite();
    const as = await asAgent();
    const response = await as.send("POST", `/sites/${siteId}/articles/import-urls`, {
      urls: ["https://help.shop.test/help/returns", "https://help.shop.test/help/gone"],
    });
    const { results } = (await response.json()) as { results: { url: string; ok: boolean; error?: string; id?: string }[] };
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toMatchObject({ ok: false, error: expect.stringContaining("404") });
    const { article } = (await (await as.get(`/sites/${siteId}/articles/${results[0]?.id}`)).json()) as { article: Article };
    expect(article.title).toBe("Returning an item");
    expect(article.url).toBe("https://help.shop.test/help/returns");
    expect(article.body).toContain("You can return unused items within 30 days of delivery & get a full refund.");
    expect(article.body).toContain("## How to start a return");
    expect(article.body).toContain("- Choose Return items and print the label.");
    for (const noise of ["Home", "window.track", "color:red", "Cookie settings", "Was this helpful"]) {
      expect(article.body).not.toContain(noise);
    }
  });

  it("rejects bad input with a typed 400, unknown sites with 404, and anonymous callers with 401", async () => {
    const siteId = await createSite();
    const as = await asAgent();
    const bad = await as.send("POST", `/sites/${siteId}/articles`, { title: "", body: "x", url: "ftp://x" });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["title", "url"]));
    expect((await as.get("/sites/nope/articles")).status).toBe(404);
    expect((await api(workspacePath(as.agent, `/sites/${siteId}/articles`))).status).toBe(401);
    const tooMany = await as.send("POST", `/sites/${siteId}/articles/import-urls`, { urls: Array(51).fill("https://a.test/") });
    expect(tooMany.status).toBe(400);
  });
});
