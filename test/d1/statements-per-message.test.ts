import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { conversationStub } from "../../worker/durable/stubs.ts";
import { countD1, type CountedStatement } from "../helpers/d1-count.ts";
import { startConversation, visitorSocket } from "../helpers/fixtures.ts";
import { demoKbSite } from "../helpers/demo-kb.ts";
import { ArticleRepo } from "../../worker/kb/article-repo.ts";
import { WorkersAiEmbedder } from "../../worker/kb/embedder.ts";
import { createSite } from "../helpers/fixtures.ts";

/** What one visitor message in AI mode costs D1: the turn's reads, then (flushed at once here) its transcript batch. */
async function messageCosts(siteId: string, questions: string[]): Promise<CountedStatement[][]> {
  const started = await startConversation(siteId);
  const socket = await visitorSocket(started.conversationId, started.token);
  await socket.take("history");
  const stub = conversationStub(env, started.conversationId);
  await stub.syncNow();
  const costs: CountedStatement[][] = [];
  for (const [i, text] of questions.entries()) {
    const counter = countD1();
    socket.send({ type: "message", clientId: `q${i}`, text });
    await socket.message((m) => m.seq === 3 + i * 2);
    await stub.syncNow();
    counter.stop();
    costs.push(counter.statements);
  }
  return costs;
}

const outsideBatches = (statements: CountedStatement[]) => statements.filter((s) => s.batch === null);
const touching = (statements: CountedStatement[], table: RegExp) => statements.filter((s) => table.test(s.sql));

describe("D1 statements per visitor message in AI mode (bench/README.md, D1 per message)", () => {
  it("a turn reads the stamps and searches; the usage rides in the transcript batch; a repeated question reads no statistics", async () => {
    const siteId = await demoKbSite();
    const [first, second, repeat] = await messageCosts(siteId, ["where is my order?", "can I pay with PayPal?", "can I pay with PayPal?"]);
    for (const cost of [first, second, repeat]) {
      // No ai_usage write of its own: the answer is counted in the batch that copies it, and read back there.
      expect(touching(outsideBatches(cost!), /ai_usage/).filter((s) => /INSERT|UPDATE/.test(s.sql))).toEqual([]);
      const batch = cost!.filter((s) => s.batch !== null && /INSERT OR IGNORE INTO messages/.test(s.sql));
      // The question and its answer, in one multi-row insert.
      expect(batch.length).toBe(1);
      expect(batch[0]!.sql.match(/\(\?, \?, \?, \?, \?, \?, \?, \?, \?, \?\)/g)).toHaveLength(2);
      expect(touching(cost!, /INSERT INTO ai_usage/)).toHaveLength(1);
      expect(touching(cost!, /cache_stamps/)).toHaveLength(1);
    }
    // The site was read when the conversation started; its stamp has not moved since.
    expect(touching([...first!, ...second!, ...repeat!], /FROM sites/)).toEqual([]);
    // The passage count is read once per knowledge-base version; a question already asked reads no vocabulary.
    expect(touching([...second!, ...repeat!], /count\(\*\) AS n FROM kb_passages/)).toEqual([]);
    expect(touching(repeat!, /kb_vocab/)).toEqual([]);
    const turn = outsideBatches(repeat!);
    expect(turn.map((s) => s.sql.slice(0, 40))).toEqual([
      expect.stringContaining("cache_stamps"),
      ...turn.slice(1).map(() => expect.stringMatching(/^SELECT p\.id, p\.article_id/)),
    ]);
    // For bench/README.md's storage estimate: what a question and its answer weigh in D1 (text and AI evidence).
    const size = await env.DB.prepare("SELECT avg(length(text) + coalesce(length(ai), 0)) AS bytes, count(*) AS n FROM messages WHERE role IN ('visitor', 'ai')").first<{
      bytes: number;
      n: number;
    }>();
    for (const [name, cost] of [["first", first!], ["second", second!], ["repeat", repeat!]] as const) {
      const sum = (key: "rowsRead" | "rowsWritten") => cost.reduce((n, s) => n + (s[key] ?? 0), 0);
      console.log(`${name}: rows read ${sum("rowsRead")}, written ${sum("rowsWritten")}; ` + cost.map((s) => `${s.sql.slice(0, 28)}… r${s.rowsRead ?? "?"} w${s.rowsWritten ?? "?"}`).join(" | "));
    }
    console.log(`repeat question: ${repeat!.length} statements, ${turn.length} outside batches; ${size?.n} messages, ${Math.round(size?.bytes ?? 0)} bytes each on average`);
  });

  it("with Workers AI and embeddings, the vector matrix is kept under the site's stamp: no article stamp or embeddings read per question", async () => {
    const siteId = await createSite({ ai: { provider: "workers-ai" } });
    const store = new ArticleRepo(env.DB, new WorkersAiEmbedder(env.AI, "@cf/baai/bge-m3"));
    await store.save(siteId, { title: "Refunds", body: "Your refund reaches your card within 5 business days of the return arriving." });
    await store.save(siteId, { title: "Shipping", body: "Parcels ship within one day. Delivery takes 2 to 4 days in Europe." });
    const [first, again] = await messageCosts(siteId, ["how long does a refund take?", "how long does a refund take?"]);
    expect(touching(first!, /WHERE p.site_id = \? AND p.embedding_model = \?/)).toHaveLength(1);
    for (const cost of [first!, again!]) expect(touching(cost, /FROM kb_articles WHERE site_id/)).toEqual([]);
    expect(touching(again!, /embedding_model|kb_vocab|FROM sites/)).toEqual([]);
    console.log(`workers-ai, repeated question: ${again!.length} statements: ${again!.map((s) => s.sql.slice(0, 40)).join(" | ")}`);
  });
});
