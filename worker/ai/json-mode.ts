import type { z } from "zod";
import { untilAborted } from "./until-aborted.ts";

export interface JsonModeRequest<T> {
  model: string;
  system: string;
  user: string;
  /** JSON Schema the model must follow (Workers AI JSON mode). */
  jsonSchema: Record<string, unknown>;
  /** The same shape as a zod schema: the model's output is checked, never trusted. */
  shape: z.ZodType<T>;
  maxTokens: number;
  /** Gives up when this aborts or times out. */
  signal: AbortSignal;
}

/**
 * One Workers AI call in JSON mode, validated. Throws with the reason when
 * the call fails, is cut off, or returns something off-schema: callers keep
 * their fallback.
 */
export async function runJsonMode<T>(ai: Ai, request: JsonModeRequest<T>): Promise<T> {
  const { signal } = request;
  const run = ai.run(request.model as Parameters<Ai["run"]>[0], {
    messages: [
      { role: "system", content: request.system },
      { role: "user", content: request.user },
    ],
    response_format: { type: "json_schema", json_schema: request.jsonSchema },
    max_tokens: request.maxTokens,
  } as never, { signal }) as Promise<unknown>;
  const raw = await untilAborted(run, signal);
  if (raw instanceof ReadableStream) {
    // Not what JSON mode returns; release it rather than leave the call dangling.
    await raw.cancel().catch(() => {});
    throw new Error(`${request.model} streamed instead of answering in JSON`);
  }
  const response = (raw as { response?: unknown } | null)?.response;
  const parsed = request.shape.safeParse(typeof response === "string" ? JSON.parse(response) : response);
  if (!parsed.success) throw new Error(`${request.model} returned off-schema JSON: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
