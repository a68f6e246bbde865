import type { QueueEntry } from "../../../worker/protocol/index.ts";
import { formatWait } from "../lib/format.ts";
import { withdrawnText } from "../queue/offers.ts";
import type { QueueEvents } from "../queue/queue-feed.ts";
import { releasedText } from "./release-text.ts";
import type { Workspace } from "./workspace.ts";

const who = (entry: QueueEntry | null | undefined) => entry?.visitorName ?? "a visitor";

/** What the console does with what the team queues say: claims, offers, releases and re-alerts. */
export function queueEvents(ws: Workspace): QueueEvents {
  return {
    onMine: (entries, teamId) => {
      ws.offers.dropTeam(teamId);
      for (const entry of entries) ws.adopt(entry);
      if (!ws.activeId && ws.mine[0]) ws.select(ws.mine[0]);
    },
    onAssigned: (entry, byThisTab) => {
      ws.adopt(entry);
      const offered = ws.offers.remove(entry.conversationId);
      if (!byThisTab) return;
      ws.select(entry.conversationId);
      ws.toasts.show(`You are now talking with ${entry.visitorName ?? "the visitor"}.`, "success", 3000);
      if (offered) ws.notifier.clear();
    },
    onNewWaiting: () => ws.notifier.alert("queue"),
    onRemoved: (entry) => {
      // A visitor who left an email became a follow-up ticket: the list shows it now, not at its next refresh.
      if (entry.reason.endsWith("(deferred)")) void ws.followups.refresh();
    },
    onClaimFailed: (id, message, code) => {
      const offer = id ? ws.offers.remove(id) : null;
      // Lost the race to another tab of this same agent: it is ours anyway.
      if (id && ws.isMine(id)) return ws.toasts.show("You already have this conversation (taken in another tab).");
      if (offer) return ws.toasts.show(code === "offer_expired" ? withdrawnText("expired", who(offer.entry)) : `Could not accept: ${lowerFirst(message)}`, "error");
      ws.toasts.show(id ? `Could not claim: ${lowerFirst(message)}` : message, "error");
    },
    onOffer: (entry, expiresAt) => {
      if (ws.offers.add(entry, expiresAt)) ws.notifier.urgent("Conversation offered");
    },
    onOfferWithdrawn: (conversationId, why) => {
      const offer = ws.offers.remove(conversationId);
      if (offer) ws.toasts.show(withdrawnText(why, who(offer.entry)), why === "declined" ? "info" : "error", 8000);
    },
    onReleased: (conversationId, why) => {
      const entry = ws.client(conversationId)?.entry ?? ws.queue.entry(conversationId);
      ws.leave(conversationId, releasedText(why, entry?.visitorName ?? "the visitor"), "error");
    },
    onAlert: (entry, level) => {
      ws.notifier.urgent(`Visitor waiting${level > 1 ? ` (${level})` : ""}`);
      if (entry) ws.toasts.show(`${entry.visitorName ?? "A visitor"} has waited ${formatWait(Date.now() - entry.queuedAt)} for a person.`, "info", 6000);
    },
    onRefused: () => ws.verifySession(),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
