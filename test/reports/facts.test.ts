import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Conversation } from "../../worker/conversation/conversation.ts";
import type { PendingEvent } from "../../worker/conversation/event-store.ts";
import { ReportSummary } from "../../worker/protocol/index.ts";
import { insertEvent } from "../../worker/transcripts/d1-statements.ts";
import { agentApi, agentSocket, claimedConversation, createAgent, createSite, createTeam, createWorkspace, queueSocket } from "../helpers/fixtures.ts";
import { waitUntil } from "../helpers/wait.ts";

type FactsRow = Record<string, string | number | null>;
type EventRow = { n: number; kind: string; at: number; agent_id: string | null; team_id: string | null; trigger_reason: string | null; topic: string | null; sentiment: number | null; sentiment_first: number | null };

const factsOf = (id: string) => env.DB.prepare("SELECT * FROM conversation_facts WHERE conversation_id = ?").bind(id).first<FactsRow>();
const eventsOf = async (id: string) => (await env.DB.prepare("SELECT * FROM conversation_events WHERE conversation_id = ? ORDER BY n").bind(id).all<EventRow>()).results;
const firstAt = (events: EventRow[], kind: string) => events.find((e) => e.kind === kind)?.at ?? null;

const H = 3_600_000;

describe("a conversation's facts row, as the ConversationDO's sync batch leaves it", () => {
  it("follows a claim, a reply, a transfer to another team, a resolve and a reopen", async () => {
    const workspaceId = await createWorkspace("Facts");
    const siteId = await createSite({}, undefined, workspaceId);
    const admin = await createAgent("Ada", { workspaceId, role: "admin" });
    const ann = await createAgent("Ann", { workspaceId, role: "agent" });
    const bill = await createAgent("Bill", { workspaceId, role: "agent" });
    await createTeam(workspaceId, { id: "billing", members: [bill] });
    const billing = await queueSocket(bill, workspaceId, "billing");
    await billing.take("queue_snapshot");
    const { visitor, agentView } = await claimedConversation(siteId, ann);
    agentView.send({ type: "message", clientId: "a1", text: "Ann here, one moment" });
    await visitor.socket.message((m) => m.text === "Ann here, one moment");
    // D1 has Ann's part before the transfer, so what follows changes an existing row.
    const before = await waitUntil(async () => {
      const row = await factsOf(visitor.conversationId);
      return row?.first_reply ? row : null;
    });
    expect(before).toMatchObject({ state: "assigned", agent_id: ann.id, handoffs: 1 });
    agentView.send({ type: "transfer", to: { kind: "team", teamId: "billing" }, note: "refund" });
    await billing.take("queue_update", (f) => f.event === "waiting" && f.entry.conversationId === visitor.conversationId);
    billing.send({ type: "claim", conversationId: visitor.conversationId });
    await billing.take("claimed");
    const billView = await agentSocket(bill, visitor.conversationId);
    await billView.take("history");
    billView.send({ type: "resolve" });
    await visitor.socket.take("state", (f) => f.state === "resolved");
    visitor.socket.send({ type: "message", clientId: "v2", text: "one more thing" });
    await visitor.socket.take("state", (f) => f.state === "bot");

    const facts = await waitUntil(async () => {
      const row = await factsOf(visitor.conversationId);
      return row?.first_reopen ? row : null;
    });
    const events = await eventsOf(visitor.conversationId);
    const conversation = await env.DB.prepare("SELECT state, agent_id, team_id, updated_at FROM conversations WHERE id = ?").bind(visitor.conversationId).first<FactsRow>();
    expect(events.map((e) => e.kind)).toEqual(["handoff", "claim", "first_reply", "transfer", "claim", "resolve", "reopen"]);
    expect(facts).toMatchObject({
      workspace_id: workspaceId,
      site_id: siteId,
      // The row's current state, agent and team, as D1's conversation row has them.
      state: conversation?.state,
      agent_id: conversation?.agent_id ?? null,
      team_id: "billing",
      updated_at: conversation?.updated_at,
      handoffs: 1,
      defers: 0,
      // Ann's claim is the first, Bill's resolve the only one.
      first_handoff: firstAt(events, "handoff"),
      first_claim: firstAt(events, "claim"),
      first_reply: firstAt(events, "first_reply"),
      first_resolve: firstAt(events, "resolve"),
      last_resolve: firstAt(events, "resolve"),
      first_reopen: firstAt(events, "reopen"),
      escalated: 1,
      ai_resolved: 0,
      reopened: 1,
    });

    // The summary counts it from that row: one handed-off conversation, reopened.
    const now = Date.now();
    const response = await agentApi(admin, `/reports/summary?from=${now - H}&to=${now + H}`);
    const figures = new Map(ReportSummary.parse(await response.json()).figures.map((f) => [f.key, f.value]));
    expect(figures.get("conversations")).toBe(1);
    expect(figures.get("reopen_rate")).toBe(1);
    expect(figures.get("queue_wait_p50")).toBe((firstAt(events, "claim") ?? 0) - (firstAt(events, "handoff") ?? 0));

    // A replayed batch (the sync retried after D1 took it but before the object heard back) changes nothing.
    const c = { id: visitor.conversationId, workspaceId, siteId } as Conversation;
    const replay = events.map((e): PendingEvent => ({
      n: e.n, kind: e.kind as PendingEvent["kind"], at: e.at, agentId: e.agent_id, teamId: e.team_id, triggerReason: e.trigger_reason,
      topic: e.topic, sentiment: e.sentiment, sentimentFirst: e.sentiment_first,
    }));
    await env.DB.batch(replay.map((e) => insertEvent(env.DB, c, e)));
    expect(await factsOf(visitor.conversationId)).toEqual(facts);
  });
});

describe("facts across a visitor's conversations", () => {
  let W = "";
  let S = "";
  beforeAll(async () => {
    W = await createWorkspace("Facts visitors");
    S = await createSite({}, undefined, W);
  });
  // Written straight into D1, as report-fixture.ts does: the triggers, not the writer, keep the facts.
  async function conversation(id: string, created: number, trigger: string | null, visitor = "v1"): Promise<void> {
    await env.DB.prepare(
      `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, state, trigger_reason, created_at, updated_at) VALUES (?, ?, ?, ?, 'bot', ?, ?, ?)`,
    ).bind(id, W, S, visitor, trigger, created, created + 60_000).run();
  }
  const flags = async (id: string) => env.DB.prepare("SELECT came_back, repeat_contact, ai_resolved FROM conversation_facts WHERE conversation_id = ?").bind(id).first();

  it("a comeback within 72 h undoes the AI's resolution; deleting it restores it", async () => {
    const t = Date.UTC(2026, 5, 1);
    await conversation("fv-a", t, null);
    expect(await flags("fv-a")).toEqual({ came_back: 0, repeat_contact: 0, ai_resolved: 1 });
    await conversation("fv-b", t + 71 * H, null);
    expect(await flags("fv-a")).toEqual({ came_back: 1, repeat_contact: 0, ai_resolved: 0 });
    // Same need ("general") within 7 days: b repeats a.
    expect(await flags("fv-b")).toMatchObject({ repeat_contact: 1 });
    await env.DB.prepare("DELETE FROM conversations WHERE id = 'fv-b'").run();
    expect(await flags("fv-a")).toEqual({ came_back: 0, repeat_contact: 0, ai_resolved: 1 });
  });

  it("a need that changes later (a handoff's topic) re-decides the repeats after it, in any arrival order", async () => {
    const t = Date.UTC(2026, 6, 1);
    // The later conversation arrives first, as an import might bring them.
    await conversation("fv-d", t + 24 * H, "frustration", "v2");
    await conversation("fv-c", t, null, "v2");
    expect(await flags("fv-d")).toMatchObject({ repeat_contact: 0 });
    await env.DB.prepare("UPDATE conversations SET trigger_reason = 'frustration' WHERE id = 'fv-c'").run();
    expect(await flags("fv-d")).toMatchObject({ repeat_contact: 1 });
    // The first handoff's topic outranks the trigger: c is now about refunds, d no longer repeats it.
    await env.DB.prepare(
      `INSERT INTO conversation_events (conversation_id, n, workspace_id, site_id, kind, at, topic) VALUES ('fv-c', 1, ?, ?, 'handoff', ?, 'refund')`,
    ).bind(W, S, t + 60_000).run();
    expect(await flags("fv-d")).toMatchObject({ repeat_contact: 0 });
    expect(await flags("fv-c")).toMatchObject({ came_back: 1, ai_resolved: 0 });
  });
});
