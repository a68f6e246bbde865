/**
 * The two kinds of conversation the cost model prices, driven the way the
 * widget and the console drive them:
 *   ai_only: the visitor asks 3 knowledge-base questions, the AI answers each, the visitor leaves.
 *   handed_off: 1 question answered by the AI, then "I want to talk to a person"; the agent,
 *     already signed in on the queue feed, claims it, 4 messages each way, and resolves it.
 * Every request and frame goes through the tally (cost/tally.ts).
 */
import { evaluateTriggers } from "../../worker/triggers/engine.ts";
import { DEFAULT_POLICY } from "../../worker/triggers/policy.ts";
import { demoQuestions } from "../ai/first-frame.ts";
import { isQueueUpdate, type BatonClient } from "../lib/baton-client.ts";
import type { Frame, FrameSocket } from "../lib/frame-socket.ts";
import { HANDOFF_TEXT } from "../handoff/measure.ts";
import type { Tally } from "./tally.ts";

export const AI_ONLY_QUESTIONS = 3;
export const HANDED_OFF_MESSAGES = 4;
const STEP_MS = 10_000;

export type Kind = "ai_only" | "handed_off";

export interface Agent {
  token: string;
  queue: FrameSocket;
}

/**
 * The demo questions the trigger engine lets the AI answer (no handoff before the answer): an AI-only
 * conversation should not be one the rules hand off on its first line. One may still go to the queue after
 * an answer (a low-confidence reply); that conversation stops there and is counted in `movedOn`.
 */
export const AI_QUESTIONS = demoQuestions().filter((text) => {
  const history = [{ seq: 1, id: "m1", clientId: null, role: "visitor" as const, author: null, authorId: null, text, at: 1 }];
  return evaluateTriggers({ phase: "visitor_message", history, policy: DEFAULT_POLICY }).action === "stay";
});
let asked = 0;

async function open(client: BatonClient, tally: Tally): Promise<{ conversationId: string; visitor: FrameSocket }> {
  tally.http();
  const { conversationId, token } = await client.createConversation();
  tally.http();
  const visitor = tally.track(await client.visitorSocket(conversationId, token));
  return { conversationId, visitor };
}

/** One question; resolves with whether the AI answered it (a system notice or a state change counts as not). */
async function ask(visitor: FrameSocket, tally: Tally): Promise<boolean> {
  const question = AI_QUESTIONS[asked++ % AI_QUESTIONS.length] ?? "How long does delivery take?";
  visitor.clearBacklog();
  // What came instead, for the error when the answer does not.
  const seen: string[] = [];
  const previous = visitor.onFrame;
  visitor.onFrame = (f) => {
    seen.push(f.type === "message" ? `message:${String((f.message as { role?: unknown } | undefined)?.role)}` : f.type);
    previous?.(f);
  };
  const done = visitor.waitFor((f) => isAiMessage(f) || movedOn(f), STEP_MS, "AI answer");
  visitor.send({ type: "message", clientId: `cost-q-${asked}`, text: question });
  const frame = await tally.waited(() => done).catch((error: unknown) => {
    throw new Error(`${String(error)} to "${question}"; frames meanwhile: ${seen.slice(-12).join(", ") || "none"}`);
  });
  visitor.onFrame = previous;
  if (isAiMessage(frame)) tally.counts.ai_answers += 1;
  else tally.counts.moved_on += 1;
  return isAiMessage(frame);
}

export async function aiOnly(client: BatonClient, tally: Tally): Promise<void> {
  const { visitor } = await open(client, tally);
  try {
    for (let i = 0; i < AI_ONLY_QUESTIONS; i++) if (!(await ask(visitor, tally))) break;
  } finally {
    visitor.close();
  }
  tally.counts.conversations += 1;
}

export async function handedOff(client: BatonClient, tally: Tally, agent: Agent): Promise<void> {
  const { conversationId, visitor } = await open(client, tally);
  let agentSocket: FrameSocket | null = null;
  try {
    await ask(visitor, tally);
    const waiting = agent.queue.waitFor((f) => isQueueUpdate(f, "waiting", conversationId), STEP_MS, "queue_update waiting");
    visitor.send({ type: "message", clientId: "cost-handoff", text: HANDOFF_TEXT });
    await tally.waited(() => waiting);
    const claimed = agent.queue.waitFor((f) => f.type === "claimed" && f.conversationId === conversationId, STEP_MS, "claimed");
    agent.queue.send({ type: "claim", conversationId });
    await tally.waited(() => claimed);
    tally.http();
    agentSocket = tally.track(await client.agentSocket(agent.token, conversationId));
    const a = agentSocket;
    for (let i = 0; i < HANDED_OFF_MESSAGES; i++) {
      const text = `visitor ${i} ${conversationId}`;
      const atAgent = a.waitFor((f) => isRole(f, "visitor") && messageText(f) === text, STEP_MS, "visitor message at the agent");
      visitor.send({ type: "message", clientId: `cost-v-${i}`, text });
      await tally.waited(() => atAgent);
      const reply = `agent ${i} ${conversationId}`;
      const atVisitor = visitor.waitFor((f) => isRole(f, "agent") && messageText(f) === reply, STEP_MS, "agent message at the visitor");
      a.send({ type: "message", clientId: `cost-a-${i}`, text: reply });
      await tally.waited(() => atVisitor);
    }
    const resolved = visitor.waitFor((f) => f.type === "state" && f.state === "resolved", STEP_MS, "resolved");
    a.send({ type: "resolve" });
    await tally.waited(() => resolved);
  } finally {
    visitor.close();
    agentSocket?.close();
  }
  tally.counts.conversations += 1;
}

function isRole(frame: Frame, role: string): boolean {
  return frame.type === "message" && (frame.message as { role?: unknown } | undefined)?.role === role;
}

function isAiMessage(frame: Frame): boolean {
  return isRole(frame, "ai");
}

/** The conversation left the AI (queued, a state change) or the AI stopped answering (a system notice). */
function movedOn(frame: Frame): boolean {
  return frame.type === "queue_status" || (frame.type === "state" && frame.state !== "bot") || isRole(frame, "system");
}

function messageText(frame: Frame): string | null {
  const text = (frame.message as { text?: unknown } | undefined)?.text;
  return typeof text === "string" ? text : null;
}
