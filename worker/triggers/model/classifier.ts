import { Memo } from "../memo.ts";
import { quote } from "../text.ts";
import { featurize, BUCKETS, type Featurized } from "./features.ts";
import { WEIGHTS } from "./weights.ts";

/**
 * The learned signal: how likely a visitor message asks for a person, or is
 * frustrated or complaining, rather than routine. A linear model (multinomial
 * logistic regression over hashed n-grams, see features.ts) trained by
 * `npm run train:triggers`; its probabilities are calibrated (temperature
 * scaling on held-out folds), so they can be compared with the policy's
 * thresholds. The evidence is the visitor's own words that weighed most.
 */
export interface IntentReading {
  person: number;
  upset: number;
  routine: number;
  /** The words that pushed most towards each class, quoted from the message; null when nothing did. */
  evidence: { person: string | null; upset: string | null };
}

type ClassIndex = 0 | 1;
const CLASSES = { person: 0, upset: 1 } as const satisfies Record<string, ClassIndex>;
const MAX_EVIDENCE_WORDS = 4;

const weights = decode(WEIGHTS.data);
if (WEIGHTS.hashBits !== Math.log2(BUCKETS) || weights.length !== 2 * BUCKETS) {
  throw new Error(`classifier weights (${WEIGHTS.hashBits} bits, ${weights.length} values) do not match features.ts (${BUCKETS} buckets): run npm run train:triggers`);
}

const memo = new Memo<IntentReading>();

export function readIntent(text: string): IntentReading {
  return memo.get(text, () => read(text));
}

function read(text: string): IntentReading {
  const featurized = featurize(text);
  const logits = [logit(featurized, CLASSES.person), logit(featurized, CLASSES.upset)].map((z) => z / WEIGHTS.temperature);
  const top = Math.max(0, ...logits);
  const exp = logits.map((z) => Math.exp(z - top));
  const routine = Math.exp(-top);
  const total = routine + (exp[0] ?? 0) + (exp[1] ?? 0);
  return {
    person: (exp[0] ?? 0) / total,
    upset: (exp[1] ?? 0) / total,
    routine: routine / total,
    evidence: { person: evidence(text, featurized, CLASSES.person), upset: evidence(text, featurized, CLASSES.upset) },
  };
}

function weight(cls: ClassIndex, index: number): number {
  return (weights[cls * BUCKETS + index] ?? 0) * (WEIGHTS.scale[cls] ?? 0);
}

function logit({ features }: Featurized, cls: ClassIndex): number {
  let z = WEIGHTS.bias[cls] ?? 0;
  for (const f of features) z += f.value * weight(cls, f.index);
  return z;
}

/** The run of at most four words whose features add the most towards the class. */
function evidence(text: string, { tokens, features }: Featurized, cls: ClassIndex): string | null {
  const perToken = new Array<number>(tokens.length).fill(0);
  for (const f of features) {
    if (f.tokens.length === 0) continue;
    const share = (f.value * weight(cls, f.index)) / f.tokens.length;
    for (const t of f.tokens) perToken[t] = (perToken[t] ?? 0) + share;
  }
  let best: { from: number; to: number; sum: number } | null = null;
  for (let from = 0; from < tokens.length; from++) {
    let sum = 0;
    for (let to = from; to < tokens.length && to - from < MAX_EVIDENCE_WORDS; to++) {
      sum += perToken[to] ?? 0;
      if ((perToken[from] ?? 0) > 0 && (perToken[to] ?? 0) > 0 && (!best || sum > best.sum)) best = { from, to, sum };
    }
  }
  return best && best.sum > 0 ? quote(text, tokens, best.from, best.to) : null;
}

function decode(base64: string): Int8Array {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Int8Array(bytes.buffer);
}
