/**
 * Measures the escalation triggers on labelled visitor messages.
 *   npm run eval:triggers -- data.csv [more.csv…] [--errors] [--show <intent>|all] [--lang xx] [--half a|b]
 * Each CSV has a header with `instruction` and `intent`, and may have `lang`
 * (the Bitext format, plus our language column). Every instruction is the
 * first visitor message of a fresh conversation, run through the product's
 * engine and default policy, with the embedded AI answering from the demo
 * knowledge base in an in-memory D1. Every intent has a kind (intent-kinds.ts)
 * that says what the right outcome is. Prints handoff and offer rates per
 * intent, the figures per language, and, as the last line, the summary as one
 * JSON object. `--errors` lists every row that did not get the right outcome.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import { visitorLanguage } from "../triggers/language.ts";
import { DEFAULT_POLICY } from "../triggers/policy.ts";
import type { Site } from "../sites/site-settings.ts";
import { demoKnowledgeBase } from "./demo-kb.ts";
import { readLabelledCsv, type LabelledRow } from "./labelled-csv.ts";
import { ScriptedChat } from "./scripted-chat.ts";
import { isRight, perLanguage, printIntentTable, printLanguageTable, printRow, summary, type Outcome } from "./trigger-report.ts";

async function runRow(row: LabelledRow, provider: EmbeddedProvider, site: Site): Promise<Outcome> {
  const chat = new ScriptedChat(provider, site, DEFAULT_POLICY);
  const turn = await chat.visitor(row.instruction);
  const decisions = [turn.before, ...(turn.after ? [turn.after] : [])];
  const strongest = decisions.find((d) => d.action === turn.action) ?? turn.before;
  const meta = turn.answer?.ai;
  return {
    ...row,
    action: turn.action,
    signals: [...new Set(decisions.flatMap((d) => d.signals.map((s) => s.name)))],
    reason: strongest.reason,
    confidence: meta ? (meta.declined ? 0 : meta.confidence) : null,
    detected: visitorLanguage(chat.history.filter((m) => m.role === "visitor")),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { show: { type: "string" }, half: { type: "string" }, errors: { type: "boolean" }, lang: { type: "string" } },
  });
  if (positionals.length === 0) throw new Error("usage: eval-triggers <file.csv>… [--errors] [--show <intent>|all] [--lang xx] [--half a|b]");
  let rows = positionals.flatMap((file) => readLabelledCsv(path.resolve(file)));
  if (values.lang) rows = rows.filter((r) => r.lang === values.lang);
  // Halves by position, for checking that what was tuned on one half holds on the other.
  if (values.half === "a" || values.half === "b") rows = rows.filter((_, i) => i % 2 === (values.half === "a" ? 0 : 1));
  const { db, site, articles } = await demoKnowledgeBase();
  const provider = new EmbeddedProvider(db.asD1());
  const outcomes: Outcome[] = [];
  for (const row of rows) outcomes.push(await runRow(row, provider, site));
  db.close();
  const show = values.show;
  for (const o of outcomes) {
    if ((values.errors && !isRight(o)) || show === "all" || o.intent === show) printRow(o);
  }
  console.log(`${rows.length} rows from ${positionals.map((f) => path.basename(f)).join(", ")}, ${articles} knowledge-base articles, default policy\n`);
  printIntentTable(outcomes);
  console.log("");
  printLanguageTable(outcomes);
  console.log("");
  const languages = perLanguage(outcomes);
  if (Object.keys(languages).length > 1) console.log(JSON.stringify({ per_language: languages }));
  console.log(JSON.stringify(summary(outcomes)));
}

await main();
