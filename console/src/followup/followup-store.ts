import type { AgentRef, QueueEntry } from "../../../worker/protocol/index.ts";
import { describeError } from "../api/api-error.ts";
import { followupApi } from "../api/followup-api.ts";
import type { PastConversation } from "../api/history-api.ts";
import { Observable } from "../lib/observable.ts";

/** D1 is not pushed to the console: the list is read again this often, and when a queue says a ticket was made. */
const REFRESH_MS = 30_000;

/**
 * The Follow-up list: conversations nobody could take live (after hours,
 * nobody online, or the visitor left an email), oldest first, and taking one.
 */
export class FollowupStore extends Observable {
  items: PastConversation[] = [];
  loading = false;
  error: string | null = null;
  /** Take requests in flight. */
  readonly taking = new Set<string>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private run = 0;

  start(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.run++;
  }

  async refresh(): Promise<void> {
    const run = ++this.run;
    this.loading = true;
    this.changed();
    try {
      const items = await followupApi.list();
      if (run !== this.run) return;
      // Oldest first: who has waited longest for an answer is answered first.
      this.items = items.sort((a, b) => (a.queuedAt ?? a.createdAt) - (b.queuedAt ?? b.createdAt));
      this.error = null;
    } catch (error) {
      if (run === this.run) this.error = describeError(error);
    } finally {
      if (run === this.run) this.loading = false;
      this.changed();
    }
  }

  /** Assigns the ticket to this agent; the queue entry to open it with, or null (the error is shown in the list). */
  async take(id: string, me: AgentRef): Promise<{ entry: QueueEntry; email: string | null } | null> {
    const item = this.items.find((c) => c.id === id);
    if (!item || this.taking.has(id)) return null;
    this.taking.add(id);
    this.error = null;
    this.changed();
    try {
      await followupApi.take(id);
      this.items = this.items.filter((c) => c.id !== id);
      return { entry: entryOf(item, me), email: emailOf(item) };
    } catch (error) {
      this.error = describeError(error);
      void this.refresh();
      return null;
    } finally {
      this.taking.delete(id);
      this.changed();
    }
  }
}

export function emailOf(item: PastConversation): string | null {
  return item.visitor.email ?? null;
}

/** What the Mine list and briefing need of a ticket until the conversation's own socket and the queue say more. */
function entryOf(item: PastConversation, me: AgentRef): QueueEntry {
  return {
    conversationId: item.id,
    siteId: item.siteId,
    teamId: "all",
    kind: "asked",
    tier: item.visitor.tier ?? null,
    tierRank: 99,
    sentiment: null,
    position: 0,
    alerts: 0,
    status: "assigned",
    reason: item.triggerReason ?? "Follow-up",
    firstQuestion: item.firstQuestion ?? "",
    page: item.page.url ? { url: item.page.url, title: item.page.title ?? "" } : null,
    visitorName: item.visitor.name ?? null,
    queuedAt: item.queuedAt ?? item.createdAt,
    agent: me,
  };
}
