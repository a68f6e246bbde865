import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addAiUsage } from "../../worker/ai/ai-usage-repo.ts";
import { utcDay } from "../../worker/ai/budget.ts";
import { conversationStub } from "../../worker/durable/stubs.ts";
import { insertMessages } from "../../worker/transcripts/d1-statements.ts";
import { readTranscript } from "../../worker/transcripts/transcript-repo.ts";
import { countD1 } from "../helpers/d1-count.ts";
import { demoKbSite } from "../helpers/demo-kb.ts";
import { visitorInNewConversation } from "../helpers/fixtures.ts";

const usage = async (siteId: string) =>
  (await env.DB.prepare("SELECT turns FROM ai_usage WHERE site_id = ? AND day = ?").bind(siteId, utcDay(Date.now())).first<{ turns: number }>())?.turns ?? 0;

describe("the site's daily AI usage, counted by the transcript batches", () => {
  it("a budget already spent by other conversations (other isolates' batches) stops the AI on the next question", async () => {
    const siteId = await demoKbSite({ ai: { dailyTurnBudget: 3 } });
    await env.DB.prepare("INSERT INTO ai_usage (site_id, day, turns) VALUES (?, ?, 3)").bind(siteId, utcDay(Date.now())).run();
    const { socket } = await visitorInNewConversation(siteId);
    socket.send({ type: "message", clientId: "q", text: "where is my order?" });
    const refusal = await socket.message((m) => m.seq === 3);
    expect(refusal).toMatchObject({ role: "system" });
    expect(refusal.text).toMatch(/limit for today/);
  });

  it("each answer is added once, in the batch that copies it (no statement of its own), even when the batch is replayed", async () => {
    const siteId = await demoKbSite();
    const { socket, conversationId } = await visitorInNewConversation(siteId);
    const counter = countD1();
    socket.send({ type: "message", clientId: "q", text: "where is my order?" });
    await socket.message((m) => m.role === "ai" && m.seq === 3);
    await conversationStub(env, conversationId).syncNow();
    counter.stop();
    const writes = counter.statements.filter((s) => /INSERT INTO ai_usage/.test(s.sql));
    expect(writes).toHaveLength(1);
    const batch = counter.statements.filter((s) => s.batch !== null && s.batch === writes[0]?.batch);
    expect(batch.map((s) => s.sql.slice(0, 30))).toEqual(expect.arrayContaining([expect.stringMatching(/^INSERT OR IGNORE INTO messages/)]));
    expect(await usage(siteId)).toBe(1);
    // The same batch again (its reply was lost, the object retries): the answer is already in D1, so nothing is added.
    const answer = (await readTranscript(env.DB, conversationId))?.messages.find((m) => m.seq === 3);
    expect(answer).toBeTruthy();
    await env.DB.batch([addAiUsage(env.DB, conversationId, siteId, utcDay(answer!.at), [3]), ...insertMessages(env.DB, conversationId, [answer!])]);
    expect(await usage(siteId)).toBe(1);
  });
});
