import type { Decision, SignalName } from "../triggers/engine.ts";
import type { IntentKind } from "./intent-kinds.ts";
import type { LabelledRow } from "./labelled-csv.ts";

/** One evaluated row: what the engine decided on the message and after the AI's answer. */
export interface Outcome extends LabelledRow {
  action: Decision["action"];
  signals: SignalName[];
  reason: string;
  /** The AI's confidence, 0 when it declined; null when the message was handed off before it answered. */
  confidence: number | null;
  /** Language the engine detected. */
  detected: string | null;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const escalated = (o: Outcome) => o.action !== "stay";

/** The critical-topic threshold of the default policy: below it an answer on a sensitive topic is not settled. */
const SURE = 0.5;

/** Whether the row got what its kind asks for (see intent-kinds.ts). */
export function isRight(o: Outcome): boolean {
  switch (o.kind) {
    case "person":
      return o.action === "handoff" && o.signals.includes("explicit_request");
    case "upset":
      return escalated(o);
    case "routine":
      return !escalated(o);
    case "sensitive":
    case "contact":
      return escalated(o) || (o.confidence !== null && o.confidence >= SURE);
  }
}

function rate(outcomes: Outcome[], kind: IntentKind): number | null {
  const rows = outcomes.filter((o) => o.kind === kind);
  if (rows.length === 0) return null;
  const right = rows.filter(isRight).length;
  return round3(kind === "routine" ? pct(rows.length - right, rows.length) : pct(right, rows.length));
}

/** The headline figures: explicit-request recall, complaint/frustration recall, routine false escalation, and the rest. */
export function summary(outcomes: Outcome[]) {
  return {
    n: outcomes.length,
    explicit_recall: rate(outcomes, "person"),
    complaint_recall: rate(outcomes, "upset"),
    routine_false_escalation: rate(outcomes, "routine"),
    sensitive_served: rate(outcomes, "sensitive"),
    contact_served: rate(outcomes, "contact"),
  };
}

export function perLanguage(outcomes: Outcome[]) {
  const langs = [...new Set(outcomes.map((o) => o.lang))].sort();
  return Object.fromEntries(langs.map((lang) => [lang, summary(outcomes.filter((o) => o.lang === lang))]));
}

export function printIntentTable(outcomes: Outcome[]): void {
  const intents = [...new Set(outcomes.map((o) => o.intent))].sort();
  console.log(`${"intent".padEnd(26)} ${"kind".padEnd(9)} ${"n".padStart(4)} ${"handoff".padStart(8)} ${"offer".padStart(7)} ${"right".padStart(7)}  signals`);
  for (const intent of intents) {
    const rows = outcomes.filter((o) => o.intent === intent);
    const counts = new Map<string, number>();
    for (const o of rows) for (const s of o.signals) counts.set(s, (counts.get(s) ?? 0) + 1);
    const share = (n: number) => `${(pct(n, rows.length) * 100).toFixed(1)}%`;
    const handoff = share(rows.filter((o) => o.action === "handoff").length).padStart(8);
    const offer = share(rows.filter((o) => o.action === "offer_human").length).padStart(7);
    const right = share(rows.filter(isRight).length).padStart(7);
    const signals = [...counts].sort((a, b) => b[1] - a[1]).map(([s, c]) => `${s}:${c}`).join(" ");
    console.log(`${intent.padEnd(26)} ${(rows[0]?.kind ?? "").padEnd(9)} ${String(rows.length).padStart(4)} ${handoff} ${offer} ${right}  ${signals}`);
  }
}

export function printLanguageTable(outcomes: Outcome[]): void {
  const figures = perLanguage(outcomes);
  const cell = (x: number | null) => (x === null ? "-" : x.toFixed(3)).padStart(10);
  console.log(`${"lang".padEnd(5)} ${"n".padStart(5)} ${"explicit".padStart(10)} ${"complaint".padStart(10)} ${"routine FE".padStart(10)} ${"detected".padStart(9)}`);
  for (const [lang, s] of Object.entries(figures)) {
    const rows = outcomes.filter((o) => o.lang === lang);
    const detected = pct(rows.filter((o) => o.detected === lang).length, rows.length);
    console.log(`${lang.padEnd(5)} ${String(s.n).padStart(5)} ${cell(s.explicit_recall)} ${cell(s.complaint_recall)} ${cell(s.routine_false_escalation)} ${detected.toFixed(3).padStart(9)}`);
  }
}

export function printRow(o: Outcome): void {
  const conf = o.confidence === null ? "  -  " : o.confidence.toFixed(2);
  const mark = isRight(o) ? " " : "✗";
  console.log(`${mark} ${o.action.padEnd(11)} ${conf} ${o.lang} ${o.intent.padEnd(24)} ${o.instruction.replace(/\s+/g, " ")}  ⟶  ${o.reason}`);
}
