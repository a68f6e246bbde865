import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import cases from "../../worker/demo/retrieval-cases.json";
import { EMBEDDED_MIN_CONFIDENCE, EMBEDDED_SURE_CONFIDENCE, EmbeddedProvider } from "../../worker/ai/embedded-provider.ts";
import { searchPassages } from "../../worker/kb/passage-repo.ts";
import { loadSite } from "../../worker/sites/site-repo.ts";
import type { Site } from "../../worker/sites/site-settings.ts";
import { demoKbSite } from "../helpers/demo-kb.ts";

// Questions the demo shop's knowledge base has nothing on.
const OFF_TOPIC = [
  "what's the meaning of life",
  "who won the world cup",
  "what's the weather tomorrow",
  "tell me a joke",
  "can I pay in bitcoin",
  "what is the name of your CEO",
  "do you sell fishing rods",
  "are you hiring software engineers",
  "what's the capital of Australia",
  "do you offer kayak rentals",
  "is there a mobile app for android",
  "do you ship to Antarctica",
  "will you sponsor my climbing expedition",
  "do you sell ski equipment",
  "what time is the football match",
  "write me a poem about tents",
  "how do I cook rice",
  "do you have a store in Paris?",
];

let siteId = "";
let site: Site;
beforeAll(async () => {
  siteId = await demoKbSite();
  site = (await loadSite(env.DB, siteId))!;
});

async function answer(question: string) {
  return new EmbeddedProvider(env.DB).answer({ site, question, history: [], signal: AbortSignal.timeout(5000), onDelta: () => {} });
}

describe("retrieval over the demo knowledge base", () => {
  it.each(cases)("ranks $slug first for “$question”", async ({ question, slug }) => {
    const hits = await searchPassages(env.DB, siteId, question, 5);
    expect(hits[0]?.articleId).toBe(slug);
  });
});

describe("the embedded provider on the demo knowledge base", () => {
  it("answers at least 90% of the paraphrased questions, citing the right article", async () => {
    let right = 0;
    for (const { question, slug } of cases) {
      const a = await answer(question);
      if (!a.meta.declined && a.meta.citations[0]?.articleId === slug) right++;
    }
    expect(right / cases.length).toBeGreaterThanOrEqual(0.9);
  });

  it("never answers an off-topic question with confidence: it declines, or hedges and offers a person", async () => {
    let declined = 0;
    for (const question of OFF_TOPIC) {
      const a = await answer(question);
      expect(a.meta.confidence, question).toBeLessThan(EMBEDDED_SURE_CONFIDENCE);
      if (a.meta.declined) {
        declined++;
        expect(a.text).toMatch(/connect you with a person/);
        expect(a.meta.citations).toEqual([]);
      } else {
        expect(a.text).toMatch(/not completely sure.*connect you with a person/s);
      }
    }
    expect(declined / OFF_TOPIC.length).toBeGreaterThanOrEqual(0.75);
    expect(EMBEDDED_MIN_CONFIDENCE).toBeLessThan(EMBEDDED_SURE_CONFIDENCE);
  });

  it("answers with the relevant sentences, not the whole article, and records the retrieval evidence", async () => {
    const a = await answer("How long does delivery to Germany take?");
    expect(a.text).toMatch(/Germany.*2 to 4 working days/);
    expect(a.text.length).toBeLessThan(400);
    expect(a.meta).toMatchObject({ provider: "embedded", model: "extractive-bm25", declined: false });
    expect(a.meta.citations[0]).toMatchObject({ articleId: "delivery-times", url: "/help/delivery-times" });
    expect(a.meta.retrieval[0]).toMatchObject({ articleId: "delivery-times" });
    expect(a.meta.retrieval[0]!.score).toBeGreaterThan(a.meta.retrieval.at(-1)!.score - 1e-9);
  });

  it("prefers the section whose heading asks the question", async () => {
    const a = await answer("which payment methods do you accept?");
    expect(a.meta.citations[0]?.articleId).toBe("payment-methods");
    expect(a.text).toMatch(/Visa, Mastercard/);
  });

  it("answers a question about a list with the sentence that introduces it and its items", async () => {
    const a = await answer("how do I unsubscribe from your emails?");
    expect(a.meta.citations[0]?.articleId).toBe("newsletter");
    expect(a.text).toMatch(/:\s+• .+\s+• /s);
  });
});

describe("questions that carry order numbers", () => {
  it("are as confident as the same question without the number", async () => {
    const plain = await answer("how can I track my order?");
    const numbered = await answer("how can I track my order 113542617735902?");
    expect(numbered.meta.citations[0]?.articleId).toBe(plain.meta.citations[0]?.articleId);
    expect(numbered.meta.confidence).toBeCloseTo(plain.meta.confidence, 1);
  });
});
