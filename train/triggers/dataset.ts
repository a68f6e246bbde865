import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readLabelledCsv } from "../../worker/cli/labelled-csv.ts";
import { normalizeWord } from "../../worker/triggers/text.ts";
import { augment } from "./augment.ts";

/** The classifier's three classes; routine is the reference the other two are scored against. */
export const LABELS = ["routine", "person", "upset"] as const;
export type Label = 0 | 1 | 2;

export interface Example {
  text: string;
  label: Label;
  lang: string;
  /** Augmented copies weigh less than what a person wrote. */
  weight: number;
  /** The written utterance this came from: folds keep an utterance and its copies together. */
  source: number;
}

export interface Written {
  text: string;
  label: Label;
  lang: string;
  file: string;
}

const FILE = /^([a-z]{2})-(person|upset|routine)(?:-[a-z0-9-]+)?\.txt$/;

/** `data/triggers/train/<lang>-<label>[-<topic>].txt`: one utterance per line, written for this project. */
export function readWritten(folder: string): Written[] {
  const out: Written[] = [];
  for (const name of readdirSync(folder).sort()) {
    const match = FILE.exec(name);
    if (!match) {
      if (name.endsWith(".txt")) throw new Error(`${folder}/${name}: name must be <lang>-<person|upset|routine>[-<topic>].txt`);
      continue;
    }
    const label = LABELS.indexOf(match[2] as (typeof LABELS)[number]) as Label;
    for (const line of readFileSync(path.join(folder, name), "utf8").split("\n")) {
      const text = line.trim();
      if (text && !text.startsWith("#")) out.push({ text, label, lang: match[1] ?? "", file: name });
    }
  }
  return out;
}

/**
 * Bitext's labelled sample: a request for a person, a complaint, or routine.
 * contact_customer_service is left out: it mixes "what are your hours" with
 * "let me talk to customer service", so its label says neither.
 */
export function readBitext(file: string): Written[] {
  return readLabelledCsv(file)
    .filter((row) => row.intent !== "contact_customer_service")
    .map((row) => ({
      text: row.instruction,
      label: (row.kind === "person" ? 1 : row.kind === "upset" ? 2 : 0) as Label,
      lang: row.lang,
      file: path.basename(file),
    }));
}

export function key(text: string): string {
  return text.split(/\s+/).map(normalizeWord).join(" ").replace(/[^\p{L}\p{N} ]/gu, "").trim();
}

/**
 * Leaves out any written utterance that is, once normalized, a held-out test
 * message (or a near copy: 80% of its character trigrams shared), so the test
 * figures never measure memory. Returns what was kept and how many were dropped.
 */
export function decontaminate(written: Written[], heldOut: string[]): { kept: Written[]; dropped: Written[] } {
  const tests = heldOut.map((t) => ({ key: key(t), grams: trigrams(key(t)) }));
  const exact = new Set(tests.map((t) => t.key));
  const kept: Written[] = [];
  const dropped: Written[] = [];
  for (const w of written) {
    const k = key(w.text);
    const grams = trigrams(k);
    const near = exact.has(k) || tests.some((t) => overlap(grams, t.grams) >= 0.8);
    (near ? dropped : kept).push(w);
  }
  return { kept, dropped };
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Written utterances (deduplicated) and their augmented copies. */
export function examples(written: Written[], seed: number): Example[] {
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const w of written) {
    const k = `${w.label} ${key(w.text)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const source = seen.size;
    out.push({ text: w.text, label: w.label, lang: w.lang, weight: 1, source });
    for (const text of augment(w.text, w.lang, w.label, seed + source)) {
      out.push({ text, label: w.label, lang: w.lang, weight: 0.5, source });
    }
  }
  return out;
}
