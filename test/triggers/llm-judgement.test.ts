import { describe, expect, it } from "vitest";
import { JUDGEMENT_BUDGET_MS } from "../../worker/ai/intent-judge.ts";
import { createSite, fakeAiCalls, fakeModel, visitorInNewConversation } from "../helpers/fixtures.ts";
import { decisionsInD1 } from "../helpers/decisions.ts";

/** A Workers AI site whose classifier middle is wide, so that these messages are in it whatever the weights. */
async function judgedSite(model: string): Promise<string> {
  return createSite({ ai: { provider: "workers-ai", model }, triggers: { thresholds: { personOffer: 0.05, personHandoff: 0.995 } } });
}

const judgementCalls = async (model: string) =>
  (await fakeAiCalls(model)).filter((c) => JSON.stringify(c.inputs).includes("wants_person"));

describe("an LLM judgement for the classifier's uncertain middle (Workers AI, faked)", () => {
  it("asks in the documented JSON-mode shape and hands off when it hears a request", async () => {
    const model = fakeModel();
    const { socket, conversationId } = await visitorInNewConversation(await judgedSite(model));
    socket.send({ type: "message", clientId: "q", text: "could a colleague of yours deal with this instead?" });
    await socket.take("state", (f) => f.state === "queued");
    const [call, ...more] = await judgementCalls(model);
    expect(more).toHaveLength(0);
    expect(call?.inputs).toMatchObject({
      messages: [{ role: "system" }, { role: "user", content: expect.stringContaining("Newest message: <visitor>could a colleague of yours deal with this instead?</visitor>") }],
      response_format: { type: "json_schema", json_schema: { type: "object", required: ["wants_person", "frustrated", "topic"] } },
      max_tokens: expect.any(Number),
    });
    const signal = (await decisionsInD1(conversationId)).flatMap((d) => d.signals).find((s) => s.name === "explicit_request");
    expect(signal).toMatchObject({ action: "handoff", language: "en" });
    expect(signal?.evidence[0]).toBe(`${model}: wants a person (order help)`);
  });

  it("keeps the visitor with the AI when the LLM hears no request, where the classifier alone would offer", async () => {
    const model = fakeModel();
    const { socket, conversationId } = await visitorInNewConversation(await judgedSite(model));
    socket.send({ type: "message", clientId: "q", text: "would it help to discuss this on the phone?" });
    const answer = await socket.message((m) => m.role === "ai" && m.seq > 2);
    expect(await judgementCalls(model)).toHaveLength(1);
    expect((await decisionsInD1(conversationId, answer.seq)).flatMap((d) => d.signals).map((s) => s.name)).not.toContain("explicit_request");
  });

  it("does not ask about messages the rules settle", async () => {
    const model = fakeModel();
    const { socket } = await visitorInNewConversation(await judgedSite(model));
    socket.send({ type: "message", clientId: "q", text: "I want to talk to a human" });
    await socket.take("state", (f) => f.state === "queued");
    expect(await judgementCalls(model)).toHaveLength(0);
  });

  it("decides without it when the LLM is slower than its budget", async () => {
    const model = fakeModel("hang");
    const { socket } = await visitorInNewConversation(await judgedSite(model));
    const sent = Date.now();
    socket.send({ type: "message", clientId: "q", text: "could a colleague of yours deal with this instead?" });
    const offer = await socket.take("offer_human", () => true, 3000);
    const waited = Date.now() - sent;
    expect(waited).toBeGreaterThanOrEqual(JUDGEMENT_BUDGET_MS - 50);
    expect(waited).toBeLessThan(1500);
    expect(offer.signals.find((s) => s.name === "explicit_request")?.evidence[0]).toMatch(/^classifier: wants a person/);
  });

  it("lets the English sentiment model read English only", async () => {
    const model = fakeModel();
    const siteId = await createSite({ ai: { provider: "workers-ai", model } });
    const sentimentCalls = async (text: string) =>
      (await fakeAiCalls("@cf/huggingface/distilbert-sst-2-int8")).filter((c) => JSON.stringify(c.inputs).includes(text));
    const spanish = "¿cuánto tarda el envío a Valencia?";
    const english = "how long does delivery to Valencia take?";
    for (const text of [spanish, english]) {
      const { socket } = await visitorInNewConversation(siteId);
      socket.send({ type: "message", clientId: "q", text });
      await socket.message((m) => m.role === "ai" && m.seq > 2);
    }
    expect(await sentimentCalls(spanish)).toHaveLength(0);
    expect(await sentimentCalls(english)).toHaveLength(1);
  });
});
