import { z } from "zod";
import type { RetrievalHit } from "../kb/search.ts";

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
  const run = ai.run(model as Parameters<Ai["run"]>[0], {
    messages: [
      {
        role: "system",
        content:
          "You check a support assistant's answer against the company's knowledge. Reply only with JSON. An answer that adds facts not in the knowledge is not supported.",
      },
      { role: "user", content: `<knowledge>\n${knowledge}\n</knowledge>\n<question>${question}</question>\n<answer>${answer}</answer>` },
    ],
    response_format: { type: "json_schema", json_schema: SCHEMA },
    max_tokens: 80,
  } as never) as Promise<unknown>;
  try {
    const raw = await Promise.race([
      run,
      new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true })),
    ]);
    const response = (raw as { response?: unknown } | null)?.response;
    const parsed = Judgement.safeParse(typeof response === "string" ? JSON.parse(response) : response);
    if (!parsed.success) return null;
    return parsed.data.supported ? parsed.data.confidence : Math.min(parsed.data.confidence, 0.2);
  } catch (error) {
    console.warn("answer judgement failed; using retrieval confidence only:", String(error));
    return null;
  }
}
