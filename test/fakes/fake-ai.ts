import { WorkerEntrypoint } from "cloudflare:workers";

/**
 * Stands in for the Workers AI binding in tests (the real one is remote-only).
 * It behaves like a model that reads its prompt: the answer names the first
 * passage it was given and quotes its first sentence, streamed as SSE. Tests
 * switch it to failing or hanging, and read back every call it received.
 */
type Mode = "answer" | "throw" | "hang";

let mode: Mode = "answer";
const calls: { model: string; inputs: unknown }[] = [];
const encoder = new TextEncoder();

type ChatInputs = { messages?: { role: string; content: string }[]; text?: string | string[] };

export class FakeAi extends WorkerEntrypoint {
  async run(model: string, inputs: ChatInputs): Promise<unknown> {
    calls.push({ model, inputs });
    if (mode === "throw") throw new Error("3040: Capacity temporarily exceeded (fake)");
    if (mode === "hang") return stalledStream();
    const system = inputs.messages?.find((m) => m.role === "system")?.content ?? "";
    const passage = /<passage id="1" title="([^"]*)">\n([^\n]*)/.exec(system);
    const answer = passage
      ? `According to “${passage[1]}”: ${(passage[2] ?? "").split(/(?<=\.)\s/)[0]}`
      : "I don't know that one.";
    const pieces = answer.match(/\S+\s*/g) ?? [answer];
    return new ReadableStream<Uint8Array>({
      async start(controller) {
        for (const piece of pieces) {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify({ response: piece })}\n\n`));
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        controller.enqueue(encoder.encode("data: [DONE]\n\n"));
        controller.close();
      },
    });
  }
}

/** A model that accepted the request and then goes quiet (kept alive by a timer, so workerd does not flag it as hung). */
function stalledStream(): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream<Uint8Array>({
    start() {
      timer = setInterval(() => {}, 50);
      setTimeout(() => clearInterval(timer), 10_000);
    },
    cancel() {
      clearInterval(timer);
    },
  });
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/mode") {
      mode = (url.searchParams.get("set") as Mode | null) ?? "answer";
      return Response.json({ mode });
    }
    if (url.pathname === "/calls") return Response.json(calls);
    if (url.pathname === "/reset") {
      mode = "answer";
      calls.length = 0;
      return Response.json({ ok: true });
    }
    return new Response("not found", { status: 404 });
  },
};
