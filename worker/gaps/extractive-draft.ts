import { splitSentences } from "../ai/extract/sentences.ts";
import { questionStems, sum, type Similarity, type Vec } from "./similarity.ts";

export interface DraftText {
  title: string;
  body: string;
}

/** Sentences an article can reuse from a chat reply: not greetings, questions back, or a visitor's own details. */
function reusable(sentence: string): boolean {
  if (sentence.endsWith("?")) return false;
  if (/@|\b\d{5,}\b|\b[A-Z]{2,}-\d+\b/.test(sentence)) return false;
  return questionStems(sentence).length >= 3;
}

const MAX_SENTENCES = 6;
/** A sentence this close to one already chosen says the same thing again. */
const SAME = 0.6;
/** How close a reply sentence must be to another conversation's to count as the same answer given again. */
const AGREE = 0.6;

/** "can i change my delivery address" → "Can i change my delivery address?": the group's question as the article's title. */
export function titleFrom(question: string): string {
  const text = question.trim().replace(/\s+/g, " ").slice(0, 200);
  const title = text.charAt(0).toUpperCase() + text.slice(1);
  return /[?.!]$/.test(title) ? title : `${title}?`;
}

/**
 * Offline: the agents' most representative reply sentences. A sentence
 * scores by how many of the group's conversations an agent said much the
 * same in (the team's settled answer, not one agent's aside) plus how close
 * it is to the questions, both by the lexical similarity the groups use; near-repeats of a chosen sentence are skipped.
 * Null when the agents wrote nothing reusable.
 */
export function extractiveDraft(label: string, questions: string[], replies: string[][], similarity: Similarity): DraftText | null {
  // Every sentence (and clause: chat replies run facts together with ";") counts as what an agent said; only reusable ones go in the article.
  const said = replies.flatMap((texts, conversation) =>
    texts.flatMap((text) => splitSentences(text).flatMap((s) => s.text.split(/;\s+/).map((clause) => ({ text: clause.replace(/[,;:\s]+$/, ""), conversation })))),
  );
  const sentences = said.filter((s) => reusable(s.text));
  if (sentences.length === 0) return null;
  const vector = (text: string): Vec => ({ kind: "terms", terms: new Map(questionStems(text).map((t) => [t, 1])) });
  const saidVectors = said.map((s) => vector(s.text));
  const asked = sum(questions.map(vector));
  const scored = sentences.map((s, i) => {
    const v = vector(s.text);
    const agreeing = new Set(said.filter((o, j) => o.conversation !== s.conversation && similarity.cosine(v, saidVectors[j] ?? v) >= AGREE).map((o) => o.conversation));
    return { ...s, i, v, score: agreeing.size + similarity.cosine(v, asked) };
  });
  const chosen: typeof scored = [];
  // A sentence sharing no word with the questions is the team's small talk ("let me sort this out"), however often said.
  const relevant = scored.filter((s) => similarity.cosine(s.v, asked) > 0);
  for (const s of relevant.sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.some((c) => c.text === s.text || similarity.cosine(c.v, s.v) >= SAME)) continue;
    chosen.push(s);
  }
  return { title: titleFrom(label), body: chosen.map((s) => s.text).join("\n\n") };
}
