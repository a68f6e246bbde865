import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { EmbeddedProvider } from "../../worker/ai/embedded-provider.ts";
import { loadSite } from "../../worker/sites/site-repo.ts";
import { offersPerson } from "../../worker/triggers/explicit-signal.ts";
import type { Site } from "../../worker/sites/site-settings.ts";
import { addArticle, createSite } from "../helpers/fixtures.ts";
import { demoKbSite } from "../helpers/demo-kb.ts";

let demo: Site;
beforeAll(async () => {
  demo = (await loadSite(env.DB, await demoKbSite()))!;
});

async function answer(question: string, site = demo) {
  return new EmbeddedProvider(env.DB).answer({ site, question, history: [], signal: AbortSignal.timeout(5000), onDelta: () => {} });
}

describe("the embedded provider's sentence selection", () => {
  it("gives the price of delivery to the country asked about, not return-label prices", async () => {
    const a = await answer("How much does shipping to the UK cost?");
    expect(a.meta.citations[0]?.articleId).toBe("shipping-options");
    expect(a.text).toContain("£5.95");
    expect(a.text).not.toContain("$7.95");
  });

  it("gives the rule for a city's country: Munich is in Germany, Zurich in Switzerland, Tokyo in Asia", async () => {
    expect((await answer("how long does standard delivery take to Munich?")).text).toMatch(/Germany[^.]*2 to 4 working days/);
    expect((await answer("shipping to zurich, what does it cost?")).text).toContain("€14.95");
    const tokyo = await answer("Do you ship to Tokyo?");
    expect(tokyo.text).toMatch(/do not currently ship to[^.]*Asia/);
  });

  it("answers the return policy with its 30 days, and a missing order with where to follow it", async () => {
    expect((await answer("What is your return policy?")).text).toContain("30 days");
    const order = await answer("My order KO-2231198 has not arrived yet");
    expect(order.meta.citations[0]?.articleId).toBe("track-your-order");
    expect(order.text).toContain("Account › Orders");
    // Not the run-together list of order statuses.
    expect(order.text).not.toMatch(/Packing:.*Dispatched:/s);
  });

  it("picks the row of a size chart whose range holds the measurement", async () => {
    const a = await answer("chest is 112cm, what size men's rain jacket do I need");
    expect(a.text).toContain("Men's XL");
    expect(a.text).not.toContain("Men's L ");
    expect((await answer("my torso is 52 cm, what backpack size?")).text).toContain("Size L");
  });

  it("reads a Markdown table row by row and answers with the matching row, labelled by its header", async () => {
    const siteId = await createSite();
    await addArticle(siteId, {
      title: "Glove size guide",
      body: "## Which glove size?\n\nMeasure around your palm.\n\n| Size | Palm |\n| --- | --- |\n| S | 17 to 19 cm |\n| M | 20 to 22 cm |\n| L | 23 to 25 cm |",
    });
    const site = (await loadSite(env.DB, siteId))!;
    const a = await answer("my palm is 21 cm, which glove size?", site);
    expect(a.text).toContain("Size M; Palm: 20 to 22 cm.");
    expect(a.text).not.toContain("|");
    expect(a.text).not.toContain("17 to 19");
  });

  it("counts a deadline from the day the visitor names, and uses the holiday period when the day falls in it", async () => {
    expect((await answer("the parcel was delivered on 14 July, what is the last day to send it back?")).text).toContain("13 August");
    expect((await answer("a Christmas present, delivered 28 November: until when can it be returned?")).text).toContain("31 January");
  });

  it("answers 'can I add …' with the policy on adding, not a neighbouring one", async () => {
    const a = await answer("I forgot something, can I add a product to the order I just placed?");
    expect(a.meta.citations[0]?.articleId).toBe("change-your-order");
    expect(a.text).toMatch(/cannot add new products|second order/);
  });

  it("declines what the knowledge base does not cover instead of stating unrelated sentences", async () => {
    for (const question of ["do you sell kayaks?", "what is the name of your CEO", "do you sell ski equipment"]) {
      const a = await answer(question);
      expect(a.meta.declined, question).toBe(true);
      expect(a.meta.citations).toEqual([]);
    }
  });

  it("tells a visitor writing another language, in it and in English, that it answers in English, and asks about a person", async () => {
    const a = await answer("Wie lange dauert der Versand nach Deutschland?");
    expect(a.text).toMatch(/Ich kann nur auf Englisch antworten/);
    expect(a.text).toMatch(/only answer in English/);
    // An offer is a question naming the button, never a handoff by itself.
    expect(a.text).toMatch(/talk to a person\?/i);
    expect(a.text).toContain("“Talk to a person”");
    // The triggers read it as the AI's offer of a person, so a plain "yes" hands over.
    expect(offersPerson(a.text)).toBe(true);
    expect(a.meta.declined).toBe(true);
    // Short English questions the language detector alone would mistake stay English.
    expect((await answer("do trail points expire?")).text).not.toMatch(/only answer in English/);
  });
});
