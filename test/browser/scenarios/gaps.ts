/**
 * Knowledge gaps on the seeded history (npm run seed asks the demo's
 * questions, among them two the demo knowledge base lacks): the KB tab's
 * gaps view shows the API's groups; "Draft article" opens a draft written
 * from the agents' answers in the editor; publishing it makes the assistant
 * answer the question, and the view then tracks the group's before and after.
 */
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { DEMO } from "../../../worker/cli/demo-data.ts";
import type { GapImpacts, GapList } from "../../../worker/protocol/index.ts";
import { agentApiAs } from "../lib/agent-api.ts";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";
import { waitFor } from "../lib/wait.ts";
import { ConsolePage } from "../pages/console-page.ts";
import { ROOT } from "../server/test-server.ts";

type Answer = { meta: { declined: boolean; citations: { articleId: string }[] } };

export function gapScenarios(run: RunContext): Scenario[] {
  return [
    {
      name: "gaps: the KB tab groups the seeded unanswered questions; a group becomes a draft, reviewed and published",
      run: async () => {
        const context = await run.person("gaps-owner", { viewport: { width: 1440, height: 1000 } });
        const owner = await ConsolePage.login(context, run.baseUrl, DEMO.agents[0]);
        const api = await agentApiAs(run, DEMO.agents[0], DEMO.workspace.id);
        const site = `/sites/${DEMO.site.id}`;
        const listed = await api.call<GapList>("GET", `${site}/gaps?days=28`);
        const rent = listed.groups.find((g) => /\brent\b/i.test(g.label));
        assert.ok(rent, `no tent-rent group in ${listed.groups.map((g) => g.label).join(" | ")}`);

        await owner.part("kb-nav").click();
        await owner.part("kb-gaps-open").click();
        await owner.part("gaps-list").waitFor({ state: "visible" });
        const labels = await owner.part("gap-group").locator(".gap-label").allTextContents();
        assert.deepEqual(labels, listed.groups.map((g) => g.label), "the groups on screen are the API's, in its order");
        const card = owner.part("gap-group").filter({ hasText: rent.label });
        assert.equal(await card.locator('[data-testid="gap-volume"]').textContent(), `${rent.questions} asked`);
        assert.ok((await card.textContent())?.includes("15 euros a day"), "the agents' answer is shown under the examples");

        await card.locator('[data-testid="gap-draft"]').click();
        await owner.part("kb-publish").waitFor({ state: "visible" });
        const body = await owner.part("kb-body").inputValue();
        assert.match(body, /15 euros a day/, "the draft is written from the agents' answer");
        assert.doesNotMatch(body, /let me sort this out/, "the agents' small talk is left out");
        const before = await api.call<Answer>("GET", `${site}/search?q=${encodeURIComponent("can I rent a tent")}`);
        assert.equal(before.meta.declined, true, "a draft already answers visitors");

        // The admin reviews it: a better title, then Publish (which saves the edit first).
        await owner.part("kb-title").fill("Renting a tent");
        await owner.part("kb-publish").click();
        await waitFor("the article to be published", async () => (await owner.part("kb-publish").count()) === 0);
        const after = await api.call<Answer>("GET", `${site}/search?q=${encodeURIComponent("can I rent a tent")}`);
        assert.equal(after.meta.declined, false, "the published article does not answer");

        await owner.part("kb-gaps-open").click();
        await owner.part("gap-impact").first().waitFor({ state: "visible" });
        const impacts = await api.call<GapImpacts>("GET", `${site}/gaps/impact`);
        const tracked = impacts.gaps.find((g) => g.articleTitle === "Renting a tent");
        assert.ok(tracked?.publishedAt, "the group is not tracked as published");
        const rates = await owner.part("gap-impact").filter({ hasText: "Renting a tent" }).locator('[data-testid="gap-rates"]').textContent();
        assert.ok(rates?.includes(`Before: ${tracked.before.questionsPerWeek} a week, ${tracked.before.handedOverPerWeek} handed over`), `before/after on screen: ${rates}`);
        await owner.page.screenshot({ path: run.artifact("knowledge-gaps.png") });
        copyFileSync(run.artifact("knowledge-gaps.png"), path.join(ROOT, "test/browser/screenshots/knowledge-gaps.png"));
      },
    },
  ];
}
