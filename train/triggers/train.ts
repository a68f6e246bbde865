/**
 * `npm run train:triggers [-- --errors] [--bitext file.csv]`: trains the
 * triggers' classifier (worker/triggers/model/) and writes its weights.
 *   1. Reads the utterances written for it (data/triggers/train/, seven
 *      languages) and Bitext's sample, and leaves out any that copy a
 *      held-out message (data/triggers/test.csv, data/dialogues/test.jsonl)
 *      or a dev message (data/triggers/dev.csv, where thresholds are tuned).
 *   2. Five-fold cross-validation, an utterance and its augmented copies in
 *      one fold: the out-of-fold scores calibrate the temperature and give the
 *      figures printed per language (`--errors` lists the misses).
 *   3. Trains on everything and writes worker/triggers/model/weights.ts.
 * Deterministic: the same data gives the same weights.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readLabelledCsv } from "../../worker/cli/labelled-csv.ts";
import { ROOT } from "../../worker/cli/wrangler.ts";
import { calibrationError, fitTemperature, nll, type Scored } from "./calibrate.ts";
import { decontaminate, examples, LABELS, readBitext, readWritten, type Example } from "./dataset.ts";
import { encode, logits, probabilities, train, type TrainOptions } from "./softmax.ts";
import { writeWeights } from "./write-weights.ts";

const DEFAULTS: TrainOptions = { epochs: 12, learningRate: 0.2, l2: 1e-5, seed: 12 };
const FOLDS = 5;
const WEIGHTS_FILE = path.join(ROOT, "worker/triggers/model/weights.ts");
const MAX_BYTES = 300 * 1024;

const { values } = parseArgs({
  options: {
    errors: { type: "boolean" },
    // For experiments; the shipped weights use the defaults above.
    epochs: { type: "string" },
    lr: { type: "string" },
    l2: { type: "string" },
    "dry-run": { type: "boolean" },
    bitext: { type: "string", default: path.join(ROOT, "../shared/data/bitext-support-sample.csv") },
  },
});

const OPTIONS: TrainOptions = {
  ...DEFAULTS,
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values.lr ? { learningRate: Number(values.lr) } : {}),
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
};

function heldOut(): string[] {
  // The dev set is left out too: thresholds are tuned on it, so it must not have been learned.
  const singles = ["test.csv", "dev.csv"].flatMap((f) => readLabelledCsv(path.join(ROOT, "data/triggers", f)).map((r) => r.instruction));
  const dialogues = readFileSync(path.join(ROOT, "data/dialogues/test.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .flatMap((line) => (JSON.parse(line) as { turns: string[] }).turns);
  return [...singles, ...dialogues];
}

const written = [...readWritten(path.join(ROOT, "data/triggers/train")), ...readBitext(values.bitext)];
const { kept, dropped } = decontaminate(written, heldOut());
const data = examples(kept, OPTIONS.seed);
const originals = data.filter((e) => e.weight === 1);
console.log(`${written.length} utterances (${dropped.length} left out as copies of held-out test text), ${originals.length} after de-duplication, ${data.length - originals.length} augmented copies`);
for (const lang of [...new Set(originals.map((e) => e.lang))].sort()) {
  const counts = LABELS.map((_, label) => originals.filter((e) => e.lang === lang && e.label === label).length);
  console.log(`  ${lang}: ${LABELS.map((l, i) => `${l} ${counts[i]}`).join(", ")}`);
}

// Out-of-fold scores: each original utterance scored by a model that never saw it nor its copies.
const fold = (e: Example) => (Math.imul(e.source, 2654435761) >>> 0) % FOLDS;
const scored: Array<Scored & { example: Example }> = [];
for (let k = 0; k < FOLDS; k++) {
  const model = train(encode(data.filter((e) => fold(e) !== k)), OPTIONS);
  const test = originals.filter((e) => fold(e) === k);
  encode(test).forEach((enc, i) => {
    const example = test[i];
    if (example) scored.push({ z: logits(model, enc.features), label: enc.label, example });
  });
}
const temperature = fitTemperature(scored);
console.log(`\ntemperature ${temperature.toFixed(3)}: NLL ${nll(scored, 1).toFixed(3)} → ${nll(scored, temperature).toFixed(3)}, ECE ${calibrationError(scored, 1).toFixed(3)} → ${calibrationError(scored, temperature).toFixed(3)}`);

// Out-of-fold figures at the engine's default thresholds (0.5): these are training-data figures, not the test set's.
console.log("\nout-of-fold, at 0.5     person recall  upset recall  routine false positive");
const report = (name: string, rows: typeof scored) => {
  const p = rows.map((s) => ({ label: s.label, p: probabilities(s.z, temperature) }));
  const share = (xs: typeof p, ok: (x: (typeof p)[number]) => boolean) => (xs.length ? (xs.filter(ok).length / xs.length).toFixed(3) : "  -  ");
  const person = share(p.filter((x) => x.label === 1), (x) => x.p[1] >= 0.5);
  const upset = share(p.filter((x) => x.label === 2), (x) => x.p[1] + x.p[2] >= 0.5);
  const routine = share(p.filter((x) => x.label === 0), (x) => x.p[0] < 0.5);
  console.log(`  ${name.padEnd(20)} ${person.padStart(13)} ${upset.padStart(13)} ${routine.padStart(23)}`);
};
for (const lang of [...new Set(scored.map((s) => s.example.lang))].sort()) report(lang, scored.filter((s) => s.example.lang === lang));
report("all", scored);

// What each threshold would do (training data, out of fold): requests heard, and routine messages escalated.
console.log("\nout-of-fold, by threshold   P(person)≥t: requests / routine      P(upset)≥t: upset / routine");
for (const t of [0.4, 0.5, 0.6, 0.7, 0.75, 0.8]) {
  const rate = (label: number, cls: number) => {
    const rows = scored.filter((s) => s.label === label);
    return rows.filter((s) => (probabilities(s.z, temperature)[cls] ?? 0) >= t).length / Math.max(1, rows.length);
  };
  console.log(`  t = ${t.toFixed(2)}                ${rate(1, 1).toFixed(3)} / ${rate(0, 1).toFixed(3)}                  ${rate(2, 2).toFixed(3)} / ${rate(0, 2).toFixed(3)}`);
}

if (values.errors) {
  console.log("\nout-of-fold misses:");
  for (const s of scored) {
    const p = probabilities(s.z, temperature);
    const predicted = p.indexOf(Math.max(...p));
    if (predicted !== s.label) {
      console.log(`  ${s.example.lang} ${LABELS[s.label]?.padEnd(7)} → ${LABELS[predicted]?.padEnd(7)} ${p.map((x) => x.toFixed(2)).join(" ")}  ${s.example.text}`);
    }
  }
}

if (values["dry-run"]) process.exit(0);
const final = train(encode(data), OPTIONS);
const provenance = `${originals.length} utterances (${data.length - originals.length} augmented copies), ${OPTIONS.epochs} epochs, lr ${OPTIONS.learningRate}, l2 ${OPTIONS.l2}, seed ${OPTIONS.seed}`;
const bytes = writeWeights(WEIGHTS_FILE, final, temperature, provenance);
console.log(`\nwrote ${path.relative(ROOT, WEIGHTS_FILE)} (${(bytes / 1024).toFixed(0)} KB)`);
if (bytes > MAX_BYTES) throw new Error(`weights are ${bytes} bytes, over the ${MAX_BYTES}-byte budget`);
