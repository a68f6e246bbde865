/**
 * Measures the escalation triggers on labelled utterances.
 *   npm run eval:triggers -- data.csv [--show <intent>|routine|all] [--half a|b]
 * The CSV has columns instruction,intent (more may follow). Each instruction
 * is the first visitor message of a fresh conversation, run through the
 * product's engine and default policy, with the embedded AI answering from
 * the demo knowledge base in an in-memory D1. Prints a per-intent table,
 * then, as the last line, the summary as one JSON object.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { EmbeddedProvider } from "../ai/embedded-provider.ts";
import type { ChatMessage } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import { evaluateTriggers, type Decision, type SignalName } from "../triggers/engine.ts";
import { DEFAULT_POLICY } from "../triggers/policy.ts";
import { actionRank } from "../triggers/signal.ts";
import { demoKnowledgeBase } from "./demo-kb.ts";

/** Questions the AI should keep: escalating them is a false alarm. The other intents depend on the site's policy. */
const ROUTINE = new Set([
  "track_order", "track_refund", "delivery_options", "delivery_period", "check_payment_methods", "check_invoice",
  "get_invoice", "newsletter_subscription", "place_order", "create_account", "edit_account", "recover_password",
  "switch_account", "set_up_shipping_address", "change_shipping_address", "check_refund_policy", "review", "change_order",
  "check_cancellation_fee", "registration_problems",
]);

interface Row {
  instruction: string;
  intent: string;
}
interface Outcome extends Row {
  action: Decision["action"];
  signals: SignalName[];
  reason: string;
  confidence: number | null;
}

/** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes (""). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f.trim() !== "")) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") endField();
    else if (char === "\n") endRow();
    else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

function readRows(file: string): Row[] {
  const [header, ...records] = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = { instruction: columns.indexOf("instruction"), intent: columns.indexOf("intent") };
  if (at.instruction < 0 || at.intent < 0) throw new Error(`${file}: needs columns instruction and intent`);
  return records.map((r) => ({ instruction: r[at.instruction] ?? "", intent: (r[at.intent] ?? "").trim() }));
}

function message(seq: number, role: ChatMessage["role"], text: string, ai?: ChatMessage["ai"]): ChatMessage {
  return { seq, id: `m${seq}`, clientId: null, role, author: null, authorId: null, text, at: seq, ...(ai ? { ai } : {}) };
}

async function runRow(row: Row, provider: EmbeddedProvider, site: Site): Promise<Outcome> {
  const history = [message(1, "ai", site.settings.greeting), message(2, "visitor", row.instruction)];
  const decisions = [evaluateTriggers({ phase: "visitor_message", history, policy: DEFAULT_POLICY })];
  let confidence: number | null = null;
  if (decisions[0]?.action !== "handoff") {
    const answer = await provider.answer({
      site,
      question: row.instruction,
      history,
      signal: new AbortController().signal,
      onDelta: () => {},
    });
    confidence = answer.meta.declined ? 0 : answer.meta.confidence;
    history.push(message(3, "ai", answer.text, answer.meta));
    decisions.push(evaluateTriggers({ phase: "after_ai", history, policy: DEFAULT_POLICY }));
  }
  const strongest = decisions.reduce((a, b) => (actionRank(b.action) > actionRank(a.action) ? b : a));
  const signals = [...new Set(decisions.flatMap((d) => d.signals.map((s) => s.name)))];
  return { ...row, action: strongest.action, signals, reason: strongest.reason, confidence };
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const escalated = (o: Outcome) => o.action !== "stay";

function printTable(outcomes: Outcome[]): void {
  const intents = [...new Set(outcomes.map((o) => o.intent))].sort();
  console.log(`${"intent".padEnd(26)} ${"kind".padEnd(7)} ${"n".padStart(4)} ${"handoff".padStart(8)} ${"offer".padStart(7)}  signals`);
  for (const intent of intents) {
    const rows = outcomes.filter((o) => o.intent === intent);
    const counts = new Map<string, number>();
    for (const o of rows) for (const s of o.signals) counts.set(s, (counts.get(s) ?? 0) + 1);
    const kind = ROUTINE.has(intent) ? "routine" : intent === "contact_human_agent" || intent === "complaint" ? "target" : "policy";
    const share = (action: string) => `${(pct(rows.filter((o) => o.action === action).length, rows.length) * 100).toFixed(1)}%`;
    const signals = [...counts].sort((a, b) => b[1] - a[1]).map(([s, c]) => `${s}:${c}`).join(" ");
    const n = String(rows.length).padStart(4);
    console.log(`${intent.padEnd(26)} ${kind.padEnd(7)} ${n} ${share("handoff").padStart(8)} ${share("offer_human").padStart(7)}  ${signals}`);
  }
}

function summary(outcomes: Outcome[]) {
  const human = outcomes.filter((o) => o.intent === "contact_human_agent");
  const complaint = outcomes.filter((o) => o.intent === "complaint");
  const routine = outcomes.filter((o) => ROUTINE.has(o.intent));
  return {
    n: outcomes.length,
    explicit_recall: round3(pct(human.filter((o) => o.action === "handoff" && o.signals.includes("explicit_request")).length, human.length)),
    complaint_recall: round3(pct(complaint.filter(escalated).length, complaint.length)),
    routine_false_escalation: round3(pct(routine.filter(escalated).length, routine.length)),
  };
}

function shouldShow(o: Outcome, show: string | undefined): boolean {
  if (!show) return false;
  if (show === "all") return true;
  if (show === "routine") return ROUTINE.has(o.intent) && escalated(o);
  if (show === "missed") return (o.intent === "contact_human_agent" || o.intent === "complaint") && !escalated(o);
  return o.intent === show;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { show: { type: "string" }, half: { type: "string" } },
  });
  const file = positionals[0];
  if (!file) throw new Error("usage: eval-triggers <file.csv> [--show <intent>|routine|missed|all] [--half a|b]");
  let rows = readRows(path.resolve(file));
  // Halves by position, for checking that what was tuned on one half holds on the other.
  if (values.half === "a" || values.half === "b") rows = rows.filter((_, i) => i % 2 === (values.half === "a" ? 0 : 1));
  const { db, site, articles } = await demoKnowledgeBase();
  const provider = new EmbeddedProvider(db.asD1());
  const outcomes: Outcome[] = [];
  for (const row of rows) outcomes.push(await runRow(row, provider, site));
  db.close();
  for (const o of outcomes.filter((x) => shouldShow(x, values.show))) {
    const conf = o.confidence === null ? "  -  " : o.confidence.toFixed(2);
    console.log(`${o.action.padEnd(11)} ${conf} ${o.intent.padEnd(24)} ${o.instruction.replace(/\s+/g, " ")}  ⟶  ${o.reason}`);
  }
  console.log(`${rows.length} rows, ${articles} knowledge-base articles, default policy\n`);
  printTable(outcomes);
  console.log(JSON.stringify(summary(outcomes)));
}

await main();
