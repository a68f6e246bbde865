import { z } from "zod";
import { untilAborted } from "./until-aborted.ts";

const Output = z.array(z.object({ label: z.string(), score: z.number() }));
const MODEL = "@cf/huggingface/distilbert-sst-2-int8";

/**
 * Workers AI's sentiment classifier on one visitor message: the probability
 * it is negative, or null when the model is unavailable or slow (the lexicon
 * signals still work without it).
 */
export async function modelSentiment(ai: Ai, text: string, timeoutMs = 1500): Promise<{ negative: number } | null> {
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const raw: unknown = await untilAborted(ai.run(MODEL, { text: text.slice(0, 1000) }, { signal }), signal);
    const parsed = Output.safeParse(raw);
    if (!parsed.success) return null;
    const negative = parsed.data.find((r) => r.label.toUpperCase() === "NEGATIVE");
    return negative ? { negative: negative.score } : null;
  } catch (error) {
    console.warn("sentiment model unavailable:", String(error));
    return null;
  }
}
