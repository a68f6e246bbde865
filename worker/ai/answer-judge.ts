import { z } from "zod";
import type { RetrievalHit } from "../kb/passage-repo.ts";
import { runJsonMode } from "./json-mode.ts";

const Judgement = z.object({
  supported: z.boolean(),
  confidence: z.number().min(0).max(1),
});

const SCHEMA = {
  type: "object",
  properties: {
    supported: { type: "boolean", description: "every fact in the answer is stated in the knowledge" },
    confidence: { type: "number", description: "0 to 1: how sure you are the answer is correct and complete" },
  },
  required: ["supported", "confidence"],
};

/**
 * Asks the model, in JSON mode, whether its answer is supported by the
 * passages. Returns a score in [0, 1], or null when the judgement could not
 * be had (then retrieval evidence alone decides).
 */
export async function judgeAnswer(
  ai: Ai,
  model: string,
  question: string,
  passages: RetrievalHit[],
  answer: string,
  signal: AbortSignal,
): Promise<number | null> {
  const knowledge = passages.map((p) => `<passage title="${p.title.replace(/"/g, "'")}">\n${p.text}\n</passage>`).join("\n");
  try {
    const judgement = await runJsonMode(ai, {
      model,
      system:
        "You check a support assistant's answer against the company's knowledge. Reply only with JSON. An answer that adds facts not in the knowledge is not supported.",
      user: `<knowledge>\n${knowledge}\n</knowledge>\n<question>${question.replace(/[<>]/g, "")}</question>\n<answer>${answer}</answer>`,
      jsonSchema: SCHEMA,
      shape: Judgement,
      maxTokens: 80,
      signal,
    });
    return judgement.supported ? judgement.confidence : Math.min(judgement.confidence, 0.2);
  } catch (error) {
    console.warn("answer judgement failed; using retrieval confidence only:", String(error));
    return null;
  }
}
