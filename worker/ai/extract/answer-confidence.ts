/**
 * How sure the embedded provider is that its answer answers the question,
 * in [0, 1]: a logistic model over what tells an answer from a coincidence —
 * how much of the question the answer carries (share and amount), how much
 * of the question is words the knowledge base never uses ("do you sell
 * kites?"), whether the answer's section and article are about what is
 * asked, and whether it speaks of the very thing the visitor wants to do
 * ("do you sell bicycles?" is not answered by "free bicycle parking") and
 * names the place asked about ("do you ship to Antarctica?"). The
 * weights are fitted on the answer suite's dev set, covered questions
 * against uncovered ones (node worker/cli/tune-answers.ts --confidence).
 */
import type { Question } from "./question.ts";
import type { Selection } from "./select.ts";
import { CONFIDENCE } from "./weights.ts";

/** Summed IDF of the matched words at which absolute evidence counts fully (about three informative words). */
const EVIDENCE_FOR_FULL_MARKS = 10;

export const FEATURES = ["coverage", "evidence", "unknown", "heading", "article", "action", "place"] as const;

export function confidenceFeatures(question: Question, selection: Selection): number[] {
  const total = question.terms.reduce((sum, t) => sum + t.weight, 0);
  const unknown = total > 0 ? question.terms.filter((t) => !t.known).reduce((sum, t) => sum + t.weight, 0) / total : 1;
  const { said } = selection;
  const carried = [...question.verbs].every((v) => said.has(v.stem) || v.alternatives.some((a) => said.has(a)));
  return [
    selection.coverage,
    Math.min(1, selection.evidence / EVIDENCE_FOR_FULL_MARKS),
    unknown,
    selection.about.heading,
    selection.about.article,
    carried ? 1 : 0,
    selection.place,
  ];
}

export function answerConfidence(features: number[]): number {
  const z = features.reduce((sum, x, i) => sum + x * (CONFIDENCE.weights[i] ?? 0), CONFIDENCE.bias);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
