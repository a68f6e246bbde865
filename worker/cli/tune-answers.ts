/**
 * Coordinate search for the sentence-selection weights (worker/ai/extract/weights.ts)
 * on the answer suite's dev set — never the test set.
 *   node worker/cli/tune-answers.ts [--passes 2]
 * Each weight in turn is tried at a few multiples of its value; a change is
 * kept when it answers at least one more dev question right (citations break
 * ties). Prints the weights found; copying them into weights.ts is a
 * deliberate step, checked afterwards on the test set with eval:answers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import { SCORING } from "../ai/extract/weights.ts";
import { figures, parseSuite, score, type AnswerCase } from "../demo/answer-suite.ts";
import type { Site } from "../sites/site-settings.ts";
import { demoKnowledgeBase } from "./demo-kb.ts";
import { ROOT } from "./wrangler.ts";

type Weight = keyof typeof SCORING;
const FACTORS = [0, 0.5, 0.75, 1.25, 1.5, 2];

async function objective(cases: AnswerCase[], provider: EmbeddedProvider, site: Site): Promise<number> {
  const outcomes = [];
  for (const c of cases) {
    const answer = await provider.answer({ site, question: c.question, history: [], signal: new AbortController().signal, onDelta: () => {} });
    outcomes.push(score(c, answer));
  }
  const f = figures(outcomes);
  return f.answer_accuracy + 0.25 * f.citation_accuracy + 0.25 * f.decline_accuracy;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { passes: { type: "string", default: "2" } } });
  const file = path.join(ROOT, "worker/demo/answers/dev.json");
  const cases = parseSuite("dev", JSON.parse(readFileSync(file, "utf8")) as unknown).filter((c) => !("lang" in c));
  const { db, site } = await demoKnowledgeBase();
  const provider = new EmbeddedProvider(db.asD1());
  const weights = SCORING as Record<Weight, number>;
  let best = await objective(cases, provider, site);
  console.log(`start ${best.toFixed(3)}`);
  const step = 0.01 - 1e-9;
  for (let pass = 0; pass < Number(values.passes); pass++) {
    for (const name of Object.keys(weights) as Weight[]) {
      if (name === "text") continue;
      const start = weights[name];
      let kept = start;
      for (const factor of FACTORS) {
        weights[name] = start * factor;
        const value = await objective(cases, provider, site);
        if (value > best + step) {
          best = value;
          kept = weights[name];
          console.log(`  ${name}: ${start} → ${kept} (${best.toFixed(3)})`);
        }
      }
      weights[name] = kept;
    }
  }
  db.close();
  console.log(`best ${best.toFixed(3)}`, JSON.stringify(weights, null, 2));
}

await main();
