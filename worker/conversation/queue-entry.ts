import type { EscalationDecision, QueueEntry, WaitKind } from "../protocol/index.ts";
import { tierRank } from "../routing/priority.ts";
import type { Site } from "../sites/site-settings.ts";
import type { Conversation } from "./conversation.ts";
import type { MessageLog } from "./message-log.ts";

/** Why it waits, from the strongest signal of the handoff: asked or upset first, then policy, then an unsure AI. */
export function waitKind(decision: EscalationDecision | undefined): WaitKind {
  const names = decision?.signals.map((s) => s.name) ?? [];
  if (decision?.phase === "button" && names.length === 0) return "asked";
  if (names.includes("explicit_request")) return "asked";
  if (names.includes("frustration")) return "upset";
  if (names.includes("forced_topic")) return "policy";
  return names.length > 0 ? "unsure" : "asked";
}

/** The conversation as its team's queue shows it to agents. */
export function queueEntryOf(c: Conversation, log: MessageLog, site: Site | null): QueueEntry {
  const first = log.after(0).find((m) => m.role === "visitor");
  const handoff = [...c.decisions].reverse().find((d) => d.action === "handoff") ?? c.decisions.at(-1);
  const lastScore = c.briefing?.sentiment.scores.at(-1)?.score;
  const tier = c.visitor.tier ?? null;
  return {
    conversationId: c.id,
    siteId: c.siteId,
    teamId: c.teamId,
    kind: waitKind(handoff),
    tier,
    // Tiers come from the page's Baton("identify"), which anyone can call: unverified, so they count for nothing yet.
    tierRank: tierRank(tier, false, site?.settings.routing.tierOrder ?? []),
    sentiment: lastScore === undefined ? null : Math.max(-1, Math.min(1, lastScore)),
    position: 0,
    alerts: 0,
    status: "waiting",
    reason: c.triggerReason ?? "",
    firstQuestion: first?.text.slice(0, 280) ?? "",
    page: c.page,
    visitorName: c.visitor.name ?? null,
    queuedAt: c.queuedAt ?? Date.now(),
    agent: null,
    ...(c.briefing ? { summary: c.briefing.summary.slice(0, 280) } : {}),
  };
}
