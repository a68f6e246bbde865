import { z } from "zod";
import { readConfig } from "../config.ts";
import type { Env } from "../env.ts";
import type { Site } from "../sites/site-settings.ts";

/** Turns texts into vectors; one implementation per embedding service. */
export interface Embedder {
  readonly model: string;
  embed(texts: string[]): Promise<Float32Array[]>;
}

const Output = z.object({ data: z.array(z.array(z.number())) });
const BATCH = 32;

/** bge-m3 reads 8,192 tokens; 6,000 characters stays well inside in any language. */
export const MAX_EMBED_CHARS = 6000;
const EMBED_TIMEOUT_MS = 15_000;

export class WorkersAiEmbedder implements Embedder {
  readonly model: string;
  private readonly ai: Ai;

  constructor(ai: Ai, model: string) {
    this.ai = ai;
    this.model = model;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      // A long passage is cut to what the model reads rather than failing the batch and being stored without a vector.
      const batch = texts.slice(i, i + BATCH).map((text) => text.slice(0, MAX_EMBED_CHARS));
      const raw: unknown = await this.ai.run(this.model as Parameters<Ai["run"]>[0], { text: batch } as never, { signal: AbortSignal.timeout(EMBED_TIMEOUT_MS) });
      const parsed = Output.safeParse(raw);
      if (!parsed.success || parsed.data.data.length !== batch.length) {
        throw new Error(`${this.model} returned ${parsed.success ? parsed.data.data.length : "malformed"} embeddings for ${batch.length} texts`);
      }
      for (const vector of parsed.data.data) vectors.push(Float32Array.from(vector));
    }
    return vectors;
  }
}

/** Embeddings are used where Workers AI answers; the embedded provider stays lexical and offline. */
export function embedderFor(env: Env, site: Site): Embedder | null {
  const config = readConfig(env);
  const provider = site.settings.ai.provider ?? config.AI_PROVIDER;
  return provider === "workers-ai" ? new WorkersAiEmbedder(env.AI, config.EMBEDDING_MODEL) : null;
}

export function toBlob(vector: Float32Array): ArrayBuffer {
  return vector.buffer.slice(vector.byteOffset, vector.byteOffset + vector.byteLength) as ArrayBuffer;
}

export function fromBlob(blob: ArrayBuffer | Uint8Array | number[]): Float32Array {
  const bytes = blob instanceof ArrayBuffer ? new Uint8Array(blob) : Uint8Array.from(blob);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
