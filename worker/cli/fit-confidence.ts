/**
 * Fits the embedded provider's confidence model (worker/ai/extract/answer-confidence.ts)
 * on the answer suite's dev set — never the test set.
 *   node worker/cli/fit-confidence.ts
 * Every English dev question is answered by the product's own search; its
 * features are labelled 1 when the knowledge base covers it (it should be
 * answered) and 0 when not (it should be declined). A logistic regression
 * (L2, the rarer uncovered questions weighted up) is fitted, checked by
 * 5-fold cross-validation, and printed in the form of CONFIDENCE in
 * weights.ts, the bias moved so that the provider's threshold (0.45) is
 * where the model is as sure either way. Copying it there is a
 * deliberate step, checked afterwards on the test set with eval:answers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_MIN_CONFIDENCE } from "../ai/embedded-provider.ts";
import { FEATURES } from "../ai/extract/answer-confidence.ts";
import { findAnswer } from "../ai/extract/find-answer.ts";
import { kindOf, parseSuite } from "../demo/answer-suite.ts";
import { demoKnowledgeBase } from "./demo-kb.ts";
import { ROOT } from "./wrangler.ts";

interface Sample {
  x: number[];
  y: 0 | 1;
}

const L2 = 0.01;
const STEPS = 4000;
const RATE = 0.5;
/** Uncovered questions count this share of what they would to weigh as much as the covered ones in all. */
const UNCOVERED_WEIGHT = 0.25;

function fit(samples: Sample[]): { weights: number[]; bias: number } {
  const n = samples.length;
  const negatives = samples.filter((s) => s.y === 0).length;
  const weightOf = (s: Sample) => (s.y === 1 ? 1 : (n / Math.max(1, negatives)) * UNCOVERED_WEIGHT);
  const weights = FEATURES.map(() => 0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const grad = weights.map(() => 0);
    let gradBias = 0;
    for (const s of samples) {
      const p = 1 / (1 + Math.exp(-(s.x.reduce((z, x, i) => z + x * (weights[i] ?? 0), bias))));
      const g = (p - s.y) * weightOf(s);
      s.x.forEach((x, i) => (grad[i] = (grad[i] ?? 0) + g * x));
      gradBias += g;
    }
    weights.forEach((w, i) => (weights[i] = w - RATE * ((grad[i] ?? 0) / n + L2 * w)));
    bias -= (RATE * gradBias) / n;
  }
  return { weights, bias };
}

const predict = (m: { weights: number[]; bias: number }, x: number[]) => 1 / (1 + Math.exp(-x.reduce((z, v, i) => z + v * (m.weights[i] ?? 0), m.bias)));

/** Out-of-fold predictions: each fold predicted by a model fitted on the others. */
function outOfFold(samples: Sample[], folds = 5): number[] {
  const predicted = samples.map(() => 0);
  for (let f = 0; f < folds; f++) {
    const model = fit(samples.filter((_, i) => i % folds !== f));
    samples.forEach((s, i) => {
      if (i % folds === f) predicted[i] = predict(model, s.x);
    });
  }
  return predicted;
}

/** Share of samples on the right side of `threshold`. */
function accuracyAt(samples: Sample[], predicted: number[], threshold: number): number {
  return samples.filter((s, i) => ((predicted[i] ?? 0) >= threshold ? 1 : 0) === s.y).length / samples.length;
}

async function main(): Promise<void> {
  const file = path.join(ROOT, "worker/demo/answers/dev.json");
  const cases = parseSuite("dev", JSON.parse(readFileSync(file, "utf8")) as unknown).filter((c) => kindOf(c) !== "foreign");
  const { db, site } = await demoKnowledgeBase();
  const samples: Sample[] = [];
  try {
    for (const c of cases) {
      const found = await findAnswer(db.asD1(), site.id, c.question);
      // No sentence found at all is declined whatever the model says: nothing to learn from.
      if (found.selection) samples.push({ x: found.features, y: kindOf(c) === "covered" ? 1 : 0 });
    }
  } finally {
    db.close();
  }
  const model = fit(samples);
  // Declined below 0.5 on the fitted model's scale (as sure either way), moved to the provider's threshold. The
  // cross-validated accuracy at nearby thresholds is shown, not chosen from: its differences are a question or two.
  const predicted = outOfFold(samples);
  const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];
  const logit = (p: number) => Math.log(p / (1 - p));
  const shift = logit(EMBEDDED_MIN_CONFIDENCE);
  console.log(`${samples.length} dev questions with an answer found; 5-fold cross-validated decline accuracy by threshold:`);
  console.log(thresholds.map((t) => `${t}: ${accuracyAt(samples, predicted, t).toFixed(3)}`).join("  "));
  console.log(`features: ${FEATURES.join(", ")}`);
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({ weights: model.weights.map(round), bias: round(model.bias + shift) }));
}

await main();
