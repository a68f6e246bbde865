import type { AgentRef, ClientFrame } from "../protocol/index.ts";
import type { ConversationCore } from "./conversation-core.ts";
import { NOTICES } from "./notices.ts";
import { askRating } from "./satisfaction.ts";

type AgentFrame = Exclude<ClientFrame, { type: "resume" | "claim" }>;

/**
 * What an agent's socket may do. Anyone of the workspace may watch and write
 * private notes; only the agent the conversation is assigned to replies,
 * resolves, hands back or transfers.
 */
export async function agentFrame(core: ConversationCore, ws: WebSocket, agent: AgentRef, frame: AgentFrame): Promise<void> {
  if (frame.type === "request_human" || frame.type === "page" || frame.type === "email_me" || frame.type === "rate" || frame.type === "answer_feedback") {
    return core.reply(ws, { type: "error", code: "unsupported_frame", message: `${frame.type}: this frame is for visitors`, ref: frame.type });
  }
  if (frame.type === "typing") return core.hub.broadcast({ type: "typing", role: "agent", name: agent.name, on: frame.on }, { except: ws });
  if (frame.type === "note") {
    return void core.post(ws, { sender: `agent:${agent.id}`, clientId: frame.clientId, role: "note", author: agent.name, text: frame.text });
  }
  const conversation = core.record.require();
  if (conversation.state !== "assigned" || conversation.agent?.id !== agent.id) {
    const message = "only the agent this conversation is assigned to can do that; claim it from the queue first";
    return core.reply(ws, { type: "error", code: "forbidden", message, ref: frame.type === "message" ? frame.clientId : frame.type });
  }
  switch (frame.type) {
    case "message":
      if (core.post(ws, { sender: `agent:${agent.id}`, clientId: frame.clientId, role: "agent", author: agent.name, text: frame.text })) {
        core.routing.agentWrote();
        core.mailIfAway(core.log.lastSeq());
      }
      return;
    case "resolve":
      core.change("resolve", { resolvedAt: Date.now() });
      core.routing.agentWrote();
      core.say(NOTICES.resolved(agent.name));
      // The human path needs no site setting: after a person resolves, the visitor is always asked.
      askRating(core, null);
      return core.routing.finished("resolved");
    case "hand_back":
      core.change("hand_back", { agent: null });
      core.routing.agentWrote();
      core.say(NOTICES.handedBack(agent.name));
      return core.routing.finished("handed_back");
    case "transfer": {
      if (frame.note) core.post(null, { sender: `agent:${agent.id}`, clientId: null, role: "note", author: agent.name, text: `Transfer note: ${frame.note}` });
      const result = await core.routing.transfer(agent, frame.to);
      if (!result.ok) return core.reply(ws, { type: "error", code: result.code === "over_capacity" ? "over_capacity" : "not_found", message: result.message, ref: frame.type });
      core.escalation.scheduleBriefing(0);
      return;
    }
    default:
      return core.reply(ws, { type: "error", code: "unsupported_frame", message: `${frame.type}: not on a conversation socket`, ref: frame.type });
  }
}
