import { z } from "zod";

const Output = z.array(z.object({ label: z.string(), score: z.number() }));
const MODEL = "@cf/huggingface/distilbert-sst-2-int8";

/**
 * Workers AI's sentiment classifier on one visitor message: the probability
 * it is negative, or null when the model is unavailable or slow (the lexicon
 * signals still work without it).
 */
export async function modelSentiment(ai: Ai, text: string, timeoutMs = 1500): Promise<{ negative: number } | null> {
  try {
    const raw: unknown = await Promise.race([
      ai.run(MODEL, { text: text.slice(0, 1000) }, { signal: AbortSignal.timeout(timeoutMs) }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no sentiment after ${timeoutMs} ms`)), timeoutMs)),
    ]);
    const parsed = Output.safeParse(raw);
    if (!parsed.success) return null;
    const negative = parsed.data.find((r) => r.label.toUpperCase() === "NEGATIVE");
    return negative ? { negative: negative.score } : null;
  } catch (error) {
    console.warn("sentiment model unavailable:", String(error));
    return null;
  }
}
