/**
 * A visitor often tells their situation before they ask: "the parcel was
 * delivered on 14 July, what is the last day to return it?". The words of
 * the asking clause say what the answer is about; the others are context
 * (they still count, for less). A question in one clause, or whose asking
 * clause names nothing ("…, what now?"), is read as a whole.
 */
import { queryTerms } from "../../kb/query-terms.ts";
import { stem } from "./words.ts";

/** Clause boundaries: punctuation, and "but" / "so" between two statements. */
const BOUNDARY = /[,;:.!?]+\s*|\s+(?:but|so)\s+/i;
/** A clause that asks: it starts like a question, or it is the one the question mark ends. */
const ASKS = /^(?:how|what|when|where|which|who|why|whom|whose|can|could|may|is|are|do|does|did|will|would|should|shall|am|has|have|was|were|any|until)\b/i;

const QUESTION_WORD = /\b(?:how|when|where|why)\b/gi;

/** The clauses that ask, when the question also tells a situation; null when it is all one ask. */
function asking(question: string): { asking: Clause[]; others: Clause[] } | null {
  const clauses = splitClauses(question);
  if (clauses.length < 2) return null;
  const asks = clauses.filter((c) => ASKS.test(c.text) || c.endsWithQuestionMark);
  if (asks.length === 0 || asks.length === clauses.length) return null;
  // "…, what now?": an ask that names nothing leaves the situation to say what it is about.
  if (asks.every((c) => queryTerms(c.text.replace(QUESTION_WORD, " "), 100).length === 0)) return null;
  return { asking: asks, others: clauses.filter((c) => !asks.includes(c)) };
}

/** The text of the asking clauses, or null when the question is all one ask. */
export function askingText(question: string): string | null {
  return asking(question)?.asking.map((c) => c.text).join(", ") ?? null;
}

/** Stems of the words outside the asking clause, or none when the question is all one ask. */
export function contextStems(question: string): Set<string> {
  const parts = asking(question);
  if (!parts) return new Set();
  const asked = new Set(parts.asking.flatMap((c) => queryTerms(c.text, 100).map(stem)));
  return new Set(parts.others.flatMap((c) => queryTerms(c.text, 100).map(stem)).filter((s) => !asked.has(s)));
}

interface Clause {
  text: string;
  endsWithQuestionMark: boolean;
}

function splitClauses(question: string): Clause[] {
  const clauses: Clause[] = [];
  let rest = question.trim();
  while (rest) {
    const m = BOUNDARY.exec(rest);
    const end = m ? m.index : rest.length;
    const text = rest.slice(0, end).trim();
    if (text) clauses.push({ text, endsWithQuestionMark: (m?.[0] ?? "").includes("?") });
    rest = m ? rest.slice(end + m[0].length) : "";
  }
  return clauses;
}
