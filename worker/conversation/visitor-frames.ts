import { spendAiTurn } from "../ai/budget.ts";
import type { ClientFrame } from "../protocol/index.ts";
import type { ConversationCore } from "./conversation-core.ts";
import { aiMayAnswer } from "./state-machine.ts";

type VisitorFrame = Exclude<ClientFrame, { type: "resume" | "claim" }>;

/** What the visitor's socket may do: write, type, ask for a person, move pages, leave an email. */
export async function visitorFrame(core: ConversationCore, ws: WebSocket, frame: VisitorFrame): Promise<void> {
  switch (frame.type) {
    case "message":
      return visitorMessage(core, ws, frame.clientId, frame.text);
    case "typing":
      return core.hub.broadcast({ type: "typing", role: "visitor", name: null, on: frame.on }, { role: "agent" });
    case "request_human":
      return core.escalation.requestHuman();
    case "page":
      core.record.update({ page: frame.page }, Date.now());
      // Agents see where the visitor is now, in the briefing.
      if (core.record.require().state !== "bot") core.escalation.scheduleBriefing(0);
      return core.sync.soon();
    case "email_me": {
      const result = core.routing.emailMe(frame.email, frame.name);
      if (!result.ok) return core.reply(ws, { type: "error", code: "illegal_transition", message: result.message, ref: frame.type });
      core.escalation.scheduleBriefing(0);
      return core.sync.soon();
    }
    default:
      return core.reply(ws, { type: "error", code: "forbidden", message: `only an agent can ${frame.type.replace("_", " ")}`, ref: frame.type });
  }
}

async function visitorMessage(core: ConversationCore, ws: WebSocket, clientId: string, text: string): Promise<void> {
  if (core.record.require().state === "resolved") core.change("reopen", { agent: null, resolvedAt: null });
  const stored = core.post(ws, { sender: "visitor", clientId, role: "visitor", author: null, text });
  if (!stored) return;
  const state = core.record.require().state;
  await core.withSite(async (site) => {
    if (state === "assigned") core.routing.visitorWrote(site);
    // While someone waits for, or has, a person, what they add goes into the agent's briefing.
    if (state !== "bot") core.escalation.scheduleBriefing();
    if (!aiMayAnswer(state, site.settings.routing.aiWhileWaiting)) return;
    if (state === "bot" && (await core.escalation.onVisitorMessage(site)) === "handoff") return;
    const budget = await spendAiTurn(core.env.DB, site, core.log.aiTurns());
    if (!budget.ok) return core.say(budget.notice);
    await core.ai.start(site);
  });
}
