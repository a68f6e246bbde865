/**
 * Measures the triggers on scripted multi-turn conversations.
 *   npm run eval:dialogues -- dialogues.jsonl [more.jsonl…] [--errors] [--show all]
 * Each line is {"id", "lang", "expect", "by"?, "notBefore"?, "turns": [visitor messages]}
 * (data/README.md). The visitor's messages go one by one through the
 * product's conversation logic (scripted-chat.ts): the trigger engine, the
 * embedded AI answering from the demo knowledge base, the engine again.
 * Prints each failure with its transcript when asked, the figures per
 * expectation and language, and the summary as one JSON line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import type { Site } from "../sites/site-settings.ts";
import { DEFAULT_POLICY } from "../triggers/policy.ts";
import { demoKnowledgeBase } from "./demo-kb.ts";
import { ScriptedChat, type TurnResult } from "./scripted-chat.ts";

const Dialogue = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  expect: z.enum(["handoff", "escalate", "no_handoff"]),
  by: z.number().int().positive().optional(),
  notBefore: z.number().int().positive().optional(),
  turns: z.array(z.string().min(1)).min(1),
});
type Dialogue = z.infer<typeof Dialogue>;

interface Result {
  dialogue: Dialogue;
  turns: TurnResult[];
  /** 1-based turn of the first offer and of the handoff, or null. */
  offeredAt: number | null;
  handedOffAt: number | null;
  passed: boolean;
}

function readDialogues(file: string): Dialogue[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const parsed = Dialogue.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}

async function run(dialogue: Dialogue, provider: EmbeddedProvider, site: Site): Promise<Result> {
  const chat = new ScriptedChat(provider, site, DEFAULT_POLICY);
  const turns: TurnResult[] = [];
  for (const text of dialogue.turns) {
    const turn = await chat.visitor(text);
    turns.push(turn);
    if (turn.action === "handoff") break;
  }
  const at = (action: string) => {
    const i = turns.findIndex((t) => t.action === action || (action === "offer_human" && t.action === "handoff"));
    return i < 0 ? null : i + 1;
  };
  const offeredAt = at("offer_human");
  const handedOffAt = at("handoff");
  const by = dialogue.by ?? dialogue.turns.length;
  const passed =
    dialogue.expect === "no_handoff" ? handedOffAt === null
    : dialogue.expect === "handoff" ? handedOffAt !== null && handedOffAt <= by && handedOffAt >= (dialogue.notBefore ?? 1)
    : offeredAt !== null && offeredAt <= by && (handedOffAt === null || handedOffAt >= (dialogue.notBefore ?? 1));
  return { dialogue, turns, offeredAt, handedOffAt, passed };
}

function printTranscript(r: Result): void {
  const d = r.dialogue;
  console.log(`${r.passed ? "✓" : "✗"} ${d.id} (${d.lang}) expected ${d.expect}${d.by ? ` by turn ${d.by}` : ""}: offered at ${r.offeredAt ?? "-"}, handed off at ${r.handedOffAt ?? "-"}`);
  r.turns.forEach((t, i) => {
    console.log(`   ${i + 1}. visitor: ${t.visitor}`);
    if (t.answer) console.log(`      ai (${t.answer.ai?.declined ? "declined" : t.answer.ai?.confidence.toFixed(2)}): ${t.answer.text.slice(0, 110).replace(/\s+/g, " ")}`);
    for (const d2 of [t.before, t.after]) if (d2 && d2.action !== "stay") console.log(`      → ${d2.action}: ${d2.reason}`);
  });
}

const share = (rows: Result[]) => (rows.length === 0 ? null : Math.round((rows.filter((r) => r.passed).length / rows.length) * 1000) / 1000);

function summary(results: Result[]) {
  const needs = results.filter((r) => r.dialogue.expect !== "no_handoff");
  const calm = results.filter((r) => r.dialogue.expect === "no_handoff");
  return {
    n: results.length,
    needs_person_caught: share(needs),
    handoff_expected_met: share(results.filter((r) => r.dialogue.expect === "handoff")),
    calm_kept: share(calm),
    calm_without_offer: calm.length === 0 ? null : Math.round((calm.filter((r) => r.offeredAt === null).length / calm.length) * 1000) / 1000,
    all: share(results),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: "boolean" }, show: { type: "string" } } });
  if (positionals.length === 0) throw new Error("usage: eval-dialogues <file.jsonl>… [--errors] [--show all]");
  const dialogues = positionals.flatMap((file) => readDialogues(path.resolve(file)));
  const { db, site, articles } = await demoKnowledgeBase();
  const provider = new EmbeddedProvider(db.asD1());
  const results: Result[] = [];
  for (const dialogue of dialogues) results.push(await run(dialogue, provider, site));
  db.close();
  for (const r of results) if (values.show === "all" || (values.errors && !r.passed)) printTranscript(r);
  console.log(`${dialogues.length} dialogues from ${positionals.map((f) => path.basename(f)).join(", ")}, ${articles} knowledge-base articles, default policy\n`);
  for (const expect of ["handoff", "escalate", "no_handoff"] as const) {
    const rows = results.filter((r) => r.dialogue.expect === expect);
    if (rows.length > 0) console.log(`${expect.padEnd(11)} ${String(rows.length).padStart(3)} dialogues, ${rows.filter((r) => r.passed).length} as expected`);
  }
  const langs = [...new Set(results.map((r) => r.dialogue.lang))].sort();
  console.log(`per language: ${langs.map((l) => `${l} ${share(results.filter((r) => r.dialogue.lang === l))?.toFixed(2)}`).join(", ")}\n`);
  console.log(JSON.stringify(summary(results)));
}

await main();
