import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { EmbeddedProvider } from "../../worker/ai/embedded-provider.ts";
import { loadSite } from "../../worker/sites/site-repo.ts";
import type { Site } from "../../worker/sites/site-settings.ts";
import { demoKbSite } from "../helpers/demo-kb.ts";

// The signals sentence selection and the confidence model read beyond shared words, each with a question that needs
// it (none of them from the answer suite). Removing the signal makes its test fail.
let demo: Site;
beforeAll(async () => {
  demo = (await loadSite(env.DB, await demoKbSite()))!;
});

async function answer(question: string) {
  return new EmbeddedProvider(env.DB).answer({ site: demo, question, history: [], signal: AbortSignal.timeout(5000), onDelta: () => {} });
}

describe("what the embedded provider reads besides shared words", () => {
  it("cites the article a question is about over a neighbour sharing its words, and completes a question in two names", async () => {
    // "PayPal and Klarna cancellations show up within 24 hours" shares both names; the payment-methods article is about them.
    const a = await answer("do you take PayPal or Klarna?");
    expect(a.meta.citations[0]?.articleId).toBe("payment-methods");
    expect(a.text).toContain("PayPal");
    expect(a.text).toContain("Klarna");
  });

  it("reads support phrases in the help centre's words: sold out is out of stock, 'you cancelled' is what we do", async () => {
    expect((await answer("the colour I wanted to exchange to is sold out")).text).toContain("return the item for a refund");
    expect((await answer("you cancelled my order, why?")).text).toMatch(/payment fails/);
  });

  it("meets a product in the policy's broader word: adding a tent to an order is adding an item", async () => {
    const a = await answer("can I add a tent to an existing order?");
    expect(a.meta.citations[0]?.articleId).toBe("change-your-order");
    expect(a.text).toContain("cannot add new products");
  });

  it("answers a definition entry by its name, however common its words", async () => {
    expect((await answer("what does Out for delivery mean?")).text).toContain("driver has your package");
  });

  it("counts a last day from what the rule counts from: the delivery, not the order", async () => {
    const a = await answer("I ordered on 2 March and it was delivered on 4 March, what is the last day to return it?");
    expect(a.text).toContain("Counted from 4 March, 30 days is until 3 April.");
  });

  it("tells a return parcel coming from a country from delivery going to it", async () => {
    const a = await answer("how long does a return parcel from the UK take to arrive?");
    expect(a.text).toContain("5 to 10 working days from the UK");
    expect(a.text).not.toContain("3 to 5 working days");
  });

  it("does not take a feeling for the unanswered part of a question, nor a shared word for the thing asked to do", async () => {
    const angry = await answer("honestly this is ridiculous, where is my refund?");
    expect(angry.meta.declined).toBe(false);
    expect(angry.meta.citations[0]?.articleId).toBe("refund-status");
    // The knowledge base mentions bicycle parking, but never selling bicycles.
    for (const question of ["do you sell bikes?", "do you sell bicycles for kids?"]) expect((await answer(question)).meta.declined, question).toBe(true);
  });
});
