import { WorkerEntrypoint } from "cloudflare:workers";
import { z } from "zod";
import { EMBEDDING_DIM, fakeEmbedding } from "./fake-embedding.ts";

/**
 * Stands in for the Workers AI binding in tests (the real one is remote-only).
 * It behaves like a model that reads its prompt: the answer names the first
 * passage it was given and quotes its first sentence. Like the binding, it
 * streams (SSE) only when asked with `stream: true`, and answers one JSON
 * object otherwise, so a caller that forgets to ask for a stream fails here
 * as it would in production. Behaviour is chosen by the model name, so test
 * files running in parallel never share a mode: a model named with "throw"
 * fails, "hang" goes quiet, "slow" streams its words 15 ms apart, "doubt"
 * judges answers unsupported. Tests read back the calls per model.
 */
const calls: { model: string; inputs: unknown }[] = [];
const encoder = new TextEncoder();

type ChatInputs = {
  messages?: { role: string; content: string }[];
  stream?: boolean;
  text?: string | string[];
  response_format?: unknown;
};

/**
 * The documented input shapes (developers.cloudflare.com/workers-ai): text
 * generation takes `messages` with optional `stream`, `max_tokens` and, for
 * JSON mode, `response_format: { type: "json_schema", json_schema }`; text
 * classification and embeddings take `text`. A request of any other shape
 * fails here as it would on the real binding, instead of passing silently.
 */
const TextGeneration = z.strictObject({
  messages: z.array(z.strictObject({ role: z.enum(["system", "user", "assistant"]), content: z.string() })).min(1),
  stream: z.boolean().optional(),
  max_tokens: z.number().int().positive().optional(),
  temperature: z.number().min(0).max(5).optional(),
  response_format: z.strictObject({ type: z.literal("json_schema"), json_schema: z.record(z.string(), z.unknown()) }).optional(),
});
const TextInput = z.strictObject({ text: z.union([z.string(), z.array(z.string()).min(1)]) });

function checkShape(model: string, inputs: unknown): void {
  const shape = model.includes("distilbert") || model.includes("bge") ? TextInput : TextGeneration;
  const parsed = shape.safeParse(inputs);
  if (!parsed.success) {
    throw new Error(`5006: ${model}: input does not match the Workers AI schema: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  // "JSON Mode currently doesn't support streaming" (developers.cloudflare.com/workers-ai/features/json-mode).
  if ("response_format" in parsed.data && parsed.data.response_format && parsed.data.stream) {
    throw new Error(`5006: ${model}: JSON mode does not support streaming`);
  }
}

export class FakeAi extends WorkerEntrypoint {
  async run(model: string, inputs: ChatInputs): Promise<unknown> {
    calls.push({ model, inputs });
    checkShape(model, inputs);
    if (model.includes("throw")) throw new Error("3040: Capacity temporarily exceeded (fake)");
    if (model.includes("hang")) {
      if (inputs.stream === true) return stalledStream();
      // A non-streaming call that stalls: it answers nothing for 1.5 s, then fails.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      throw new Error("stalled model gave up");
    }
    if (model.includes("distilbert")) {
      const negative = /useless|terrible|awful|angry|worst|ridiculous|not helping/i.test(String(inputs.text)) ? 0.97 : 0.35;
      return [
        { label: "NEGATIVE", score: negative },
        { label: "POSITIVE", score: 1 - negative },
      ];
    }
    if (model.includes("bge")) {
      const texts = Array.isArray(inputs.text) ? inputs.text : [inputs.text ?? ""];
      return { shape: [texts.length, EMBEDDING_DIM], data: texts.map(fakeEmbedding) };
    }
    if (inputs.response_format) return { response: jsonAnswer(model, inputs) };
    const system = inputs.messages?.find((m) => m.role === "system")?.content ?? "";
    const passage = /<passage id="1" title="([^"]*)">\n([^\n]*)/.exec(system);
    const answer = passage
      ? `According to “${passage[1]}”: ${(passage[2] ?? "").split(/(?<=\.)\s/)[0]}`
      : "I don't know that one.";
    // Without `stream: true` the binding answers once, as AiTextGenerationOutput: { response, usage } (@cloudflare/workers-types).
    if (inputs.stream !== true) return { response: answer, usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } };
    return sseStream(answer.match(/\S+\s*/g) ?? [answer], model.includes("slow") ? 15 : 2);
  }
}

/** The answer as the binding streams it: `data: {"response": …}` events, then `data: [DONE]`; it stops when cancelled. */
function sseStream(pieces: string[], gapMs: number): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const piece of pieces) {
        if (cancelled) return;
        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ response: piece })}\n\n`));
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
      if (cancelled) return;
      controller.enqueue(encoder.encode("data: [DONE]\n\n"));
      controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
}

/**
 * A model that accepted the request and then goes quiet: for 1.5 s (well past
 * the tests' 400 ms AI_TIMEOUT_MS), then it fails. It must end by itself:
 * requests left hanging past their test file stall the whole test pool.
 */
function stalledStream(): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      timer = setTimeout(() => controller.error(new Error("stalled model gave up")), 1500);
    },
    cancel() {
      clearTimeout(timer);
    },
  });
}

/** JSON mode: an answer in the shape the caller's schema asks for (an answer judgement, an agent briefing, a visitor's intent, or a drafted article). */
function jsonAnswer(model: string, inputs: ChatInputs): Record<string, unknown> {
  const schema = JSON.stringify(inputs.response_format);
  if (schema.includes("wants_person")) {
    // Like a model reading the newest message: indirect asks for a person, and anger, in a few languages.
    const user = inputs.messages?.find((m) => m.role === "user")?.content ?? "";
    const newest = /Newest message: <visitor>([\s\S]*)<\/visitor>/.exec(user)?.[1] ?? "";
    return {
      wants_person: /\b(someone|somebody|colleague|member of (?:staff|your team)|ring me|call me back|alguien|quelqu'un|jemand|qualcuno|alguém|iemand)\b/i.test(newest),
      frustrated: /\b(annoy\w*|fed up|sick of|ridiculous|useless|joke|harto|marre|genervt|stufo|farto|zat)\b/i.test(newest),
      topic: /refund|money back|reembolso/i.test(newest) ? "refund" : "order help",
    };
  }
  if (schema.includes("opening")) {
    const transcript = inputs.messages?.find((m) => m.role === "user")?.content ?? "";
    const order = /KO-\d+/.exec(transcript)?.[0] ?? "their order";
    return {
      summary: `The visitor is chasing a refund for ${order} and asked for a person.`,
      wants: `Their refund for ${order}.`,
      opening: `Hi! I can see you've been trying to get a refund for ${order}; let me take it from here.`,
    };
  }
  if (schema.includes("article_body")) {
    // Like a model summarising what it was given: the first question as the title, the first agent answer as the body.
    const user = inputs.messages?.find((m) => m.role === "user")?.content ?? "";
    const question = /<question>([^<]*)<\/question>/.exec(user)?.[1] ?? "Untitled";
    const answer = /<answer>([^<]*)<\/answer>/.exec(user)?.[1] ?? "";
    return { title: `About: ${question}`, article_body: `## ${question}\n\n${answer}` };
  }
  return model.includes("doubt") ? { supported: false, confidence: 0.1 } : { supported: true, confidence: 0.9 };
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const model = url.searchParams.get("model");
    if (url.pathname === "/calls") return Response.json(model ? calls.filter((c) => c.model === model) : calls);
    return new Response("not found", { status: 404 });
  },
};
