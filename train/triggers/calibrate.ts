import type { Label } from "./dataset.ts";
import { probabilities } from "./softmax.ts";

export interface Scored {
  z: [number, number];
  label: Label;
}

/** Mean negative log-likelihood of the true class at temperature t. */
export function nll(scored: Scored[], t: number): number {
  let sum = 0;
  for (const s of scored) sum -= Math.log(Math.max(1e-12, probabilities(s.z, t)[s.label] ?? 0));
  return sum / Math.max(1, scored.length);
}

/**
 * Temperature scaling: the one number that divides the logits so that the
 * held-out folds' probabilities are as likely as possible (golden-section
 * search on the NLL, which is unimodal in t).
 */
export function fitTemperature(scored: Scored[], low = 0.2, high = 8): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = low;
  let b = high;
  for (let i = 0; i < 60; i++) {
    const c = b - phi * (b - a);
    const d = a + phi * (b - a);
    if (nll(scored, c) < nll(scored, d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/** Expected calibration error of the top class, in ten equal bins: how far confidence is from accuracy. */
export function calibrationError(scored: Scored[], t: number): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, right: 0 }));
  for (const s of scored) {
    const p = probabilities(s.z, t);
    const top = p.indexOf(Math.max(...p));
    const bin = bins[Math.min(9, Math.floor((p[top] ?? 0) * 10))];
    if (!bin) continue;
    bin.n++;
    bin.confidence += p[top] ?? 0;
    if (top === s.label) bin.right++;
  }
  return bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : (b.n / scored.length) * Math.abs(b.confidence / b.n - b.right / b.n)), 0);
}
