import { BUCKETS, featurize, type Feature } from "../../worker/triggers/model/features.ts";
import { mulberry32 } from "../../worker/cli/seeded-random.ts";
import type { Example, Label } from "./dataset.ts";

/**
 * Multinomial logistic regression with routine as the reference class (its
 * weights stay 0): two weight vectors over the hashed features, trained by
 * AdaGrad with L2 on the weights each step touches.
 */
export interface Model {
  weights: [Float32Array, Float32Array];
  bias: [number, number];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface Encoded {
  features: Feature[];
  label: Label;
  weight: number;
}

export function encode(examples: Example[]): Encoded[] {
  return examples.map((e) => ({ features: featurize(e.text).features, label: e.label, weight: e.weight }));
}

export function logits(model: Model, features: Feature[]): [number, number] {
  const z: [number, number] = [model.bias[0], model.bias[1]];
  for (const f of features) {
    z[0] += f.value * (model.weights[0][f.index] ?? 0);
    z[1] += f.value * (model.weights[1][f.index] ?? 0);
  }
  return z;
}

/** Probabilities of routine, person, upset from the two logits, at temperature t. */
export function probabilities(z: [number, number], t = 1): [number, number, number] {
  const a = z[0] / t;
  const b = z[1] / t;
  const top = Math.max(0, a, b);
  const e0 = Math.exp(-top);
  const e1 = Math.exp(a - top);
  const e2 = Math.exp(b - top);
  const sum = e0 + e1 + e2;
  return [e0 / sum, e1 / sum, e2 / sum];
}

export function train(data: Encoded[], options: TrainOptions): Model {
  const model: Model = { weights: [new Float32Array(BUCKETS), new Float32Array(BUCKETS)], bias: [0, 0] };
  const squared = [new Float32Array(BUCKETS), new Float32Array(BUCKETS)] as const;
  const biasSquared = [0, 0];
  const random = mulberry32(options.seed);
  const order = data.map((_, i) => i);
  const eps = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const example = data[i];
      if (!example) continue;
      const p = probabilities(logits(model, example.features));
      for (const cls of [0, 1] as const) {
        // d(loss)/d(logit) for the softmax: p - y.
        const gradient = example.weight * ((p[cls + 1] ?? 0) - (example.label === cls + 1 ? 1 : 0));
        const w = model.weights[cls];
        const g2 = squared[cls];
        for (const f of example.features) {
          const g = gradient * f.value + options.l2 * (w[f.index] ?? 0);
          g2[f.index] = (g2[f.index] ?? 0) + g * g;
          w[f.index] = (w[f.index] ?? 0) - (options.learningRate * g) / (Math.sqrt(g2[f.index] ?? 0) + eps);
        }
        biasSquared[cls] = (biasSquared[cls] ?? 0) + gradient * gradient;
        model.bias[cls] -= (options.learningRate * gradient) / (Math.sqrt(biasSquared[cls] ?? 0) + eps);
      }
    }
  }
  return model;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] ?? 0, items[i] ?? 0];
  }
}
