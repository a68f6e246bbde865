import type { WaitEstimate } from "../protocol/index.ts";
import { estimateWait } from "../routing/estimate.ts";
import type { QueueStore } from "./queue-store.ts";

export interface VisitorStatus {
  position: number;
  estimate: WaitEstimate | null;
  team: string;
}

/**
 * What each waiting visitor should be told now (their place and the
 * estimate), for those whose words changed since they were last told: a
 * change near the head of the line moves everyone behind, and only they hear.
 */
export function changedStatuses(store: QueueStore, team: { name: string; slots: number; free: number }): { conversationId: string; status: VisitorStatus; told: string }[] {
  const recent = store.handledMs();
  const changes = [];
  let position = 0;
  for (const stored of store.waiting()) {
    position += 1;
    const status: VisitorStatus = { position, estimate: estimateWait(position, team, recent), team: team.name };
    const told = JSON.stringify(status);
    if (told !== stored.told) changes.push({ conversationId: stored.entry.conversationId, status, told });
  }
  return changes;
}
