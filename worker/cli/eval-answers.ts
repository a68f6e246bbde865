/**
 * Measures the embedded provider's answers on the answer-quality suite.
 *   npm run eval:answers [-- --set dev|test] [--errors] [--show <id>]
 * Every question is a fresh turn, answered from the demo knowledge base in an
 * in-memory D1 by the product's own EmbeddedProvider. Prints the figures per
 * set (test: written first, never tuned on; dev: tuned on), with --errors the
 * questions it got wrong, and as the last line all figures as one JSON object.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import { figures, parseSuite, score, type AnswerCase, type Figures, type Outcome } from "../demo/answer-suite.ts";
import type { Site } from "../sites/site-settings.ts";
import { demoKnowledgeBase } from "./demo-kb.ts";
import { ROOT } from "./wrangler.ts";

const SETS = ["test", "dev"] as const;
type SetName = (typeof SETS)[number];

function readSet(name: SetName): AnswerCase[] {
  const file = path.join(ROOT, `worker/demo/answers/${name}.json`);
  return parseSuite(name, JSON.parse(readFileSync(file, "utf8")) as unknown);
}

async function run(cases: AnswerCase[], provider: EmbeddedProvider, site: Site): Promise<{ outcomes: Outcome[]; p50: number }> {
  const outcomes: Outcome[] = [];
  const times: number[] = [];
  for (const c of cases) {
    const started = performance.now();
    const answer = await provider.answer({ site, question: c.question, history: [], signal: new AbortController().signal, onDelta: () => {} });
    times.push(performance.now() - started);
    outcomes.push(score(c, answer));
  }
  times.sort((a, b) => a - b);
  return { outcomes, p50: times[Math.floor(times.length / 2)] ?? 0 };
}

function printError(o: Outcome): void {
  const why =
    o.kind === "covered"
      ? [o.declined ? "declined" : `missing ${o.missing.map((m) => `“${m}”`).join(", ") || "nothing"}`, o.citedRight ? "" : `cited ${o.cited ?? "nothing"}`]
      : [o.kind === "uncovered" ? "answered instead of declining" : "no language notice with the offer"];
  console.log(`✗ ${o.id} [${o.kind}] ${o.question}\n    ${why.filter(Boolean).join("; ")} (confidence ${o.confidence.toFixed(2)})`);
  console.log(`    → ${o.text.replace(/\s+/g, " ").slice(0, 400)}`);
}

function printFigures(name: SetName, f: Figures, p50: number): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(
    `${name.padEnd(5)} ${String(f.covered).padStart(4)} ${String(f.uncovered).padStart(4)} ${String(f.foreign).padStart(4)}` +
      `  ${pct(f.answer_accuracy)} ${pct(f.citation_accuracy)} ${pct(f.decline_accuracy)}` +
      `  ${pct(f.uncovered_declined)} ${pct(f.covered_declined)} ${pct(f.language_notice)}  ${p50.toFixed(2)} ms`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { set: { type: "string" }, errors: { type: "boolean" }, show: { type: "string" } } });
  const only = values.set;
  if (only !== undefined && !SETS.includes(only as SetName)) throw new Error(`--set must be one of ${SETS.join(", ")}, not “${only}”`);
  const sets = SETS.filter((s) => only === undefined || s === only);
  const { db, site, articles } = await demoKnowledgeBase();
  const provider = new EmbeddedProvider(db.asD1());
  const results = new Map<SetName, { figures: Figures; p50: number }>();
  try {
    for (const name of sets) {
      const { outcomes, p50 } = await run(readSet(name), provider, site);
      if (values.errors) for (const o of outcomes.filter((x) => !x.right || (x.kind === "covered" && !x.citedRight))) printError(o);
      for (const o of outcomes.filter((x) => x.id === values.show)) console.log(`${o.id} ${o.question}\n${o.text}\n`, o);
      results.set(name, { figures: figures(outcomes), p50 });
    }
  } finally {
    db.close();
  }
  console.log(`\nembedded provider, demo knowledge base (${articles} articles); test = written first and never tuned on, dev = tuned on`);
  console.log("set   cov. unc. lang   answer  citation decline   unc.decl cov.decl language  p50/turn");
  for (const [name, r] of results) printFigures(name, r.figures, r.p50);
  console.log(JSON.stringify(Object.fromEntries([...results].map(([name, r]) => [name, r.figures]))));
}

await main();
