import { addAiUsage, readAiUsageStatement } from "../ai/ai-usage-repo.ts";
import { usageSeen, utcDay } from "../ai/budget.ts";
import { inParts } from "../d1-parts.ts";
import { Drain } from "../durable/drain.ts";
import type { ChatMessage } from "../protocol/index.ts";
import type { Timers } from "../durable/timers.ts";
import { insertEvent, insertMessages, touchLastSeq, upsertConversation } from "../transcripts/d1-statements.ts";
import type { ConversationRecord } from "./conversation-record.ts";
import { markSynced, readSyncStatus, recordSyncFailure, type SyncStatus } from "./conversation-store.ts";
import type { EventLog } from "./event-store.ts";
import type { MessageLog } from "./message-log.ts";

const BATCH = 200;
/** D1 binds at most 100 parameters a statement: a backlog's answers are counted in parts. */
const USAGE_SEQS = 90;

/**
 * Keeps D1 in step with the Durable Object. The message log itself is the
 * outbox: everything after `synced_seq` (and the row, if its version moved) is
 * pending, so no message can be lost between the two stores, and a failed D1
 * write is retried from a stored timer with backoff.
 *
 * Messages travel in batches, at most `windowMs` after they were stored (live
 * clients get them from the object, never from D1): one D1 write per burst
 * instead of one per message. State changes go at once. The AI answers in a
 * batch are added to the site's daily usage in the same batch.
 */
export class TranscriptSync {
  private readonly drain: Drain;
  private readonly timers: Timers;
  private readonly windowMs: number;
  /** What D1 has, mirrored from the conversation row (read once, then kept in step). */
  private cursor: { syncedSeq: number; syncedVersion: number } | null = null;
  /** A batch timer is to be set in the next turn (see soon()). */
  private deferred = false;

  private readonly sql: SqlStorage;
  private readonly db: D1Database;
  private readonly record: ConversationRecord;
  private readonly log: MessageLog;
  private readonly events: EventLog;

  constructor(
    sql: SqlStorage,
    db: D1Database,
    record: ConversationRecord,
    log: MessageLog,
    events: EventLog,
    timers: Timers,
    windowMs: number,
  ) {
    this.events = events;
    this.timers = timers;
    this.windowMs = windowMs;
    this.sql = sql;
    this.db = db;
    this.record = record;
    this.log = log;
    this.drain = new Drain({
      kind: "d1-sync",
      timers,
      coalesceMs: 5,
      step: () => this.step(),
      failed: (error) => this.failed(error),
    });
  }

  /** Syncs now: the conversation itself changed. */
  kick(origin: "work" | "timer" = "work"): Promise<void> {
    return this.drain.kick(origin);
  }

  /**
   * A message was stored: it goes to D1 with the next batch, within the window.
   * The wait is spread over the second half of the window so conversations that
   * got messages together (a deploy, a campaign) do not all write to D1 at once.
   */
  soon(): void {
    // A batch already due carries this message too (it is due within the window of an earlier one).
    if (this.deferred || this.timers.pending("d1-sync") !== undefined) return;
    this.deferred = true;
    // Not in this turn: moving the alarm earlier makes the turn's commit wait for the alarm scheduler, and the
    // message's ack and broadcast wait for that commit (the output gate). In the next turn they are already out.
    setTimeout(() => {
      this.deferred = false;
      if (this.timers.pending("d1-sync") !== undefined || !this.behind()) return;
      this.timers.schedule("d1-sync", Date.now() + this.windowMs * (0.5 + Math.random() / 2));
    }, 0);
  }

  /** Whether D1 lacks something: a message, the row's latest version or an event. */
  private behind(): boolean {
    const cursor = (this.cursor ??= this.status());
    const conversation = this.record.get();
    if (!conversation) return false;
    return this.log.lastSeq() > cursor.syncedSeq || conversation.version !== cursor.syncedVersion || this.events.pending(1).length > 0;
  }

  status(): SyncStatus {
    return readSyncStatus(this.sql);
  }

  private async step(): Promise<"more" | "done"> {
    const conversation = this.record.get();
    if (!conversation) return "done";
    this.cursor ??= this.status();
    const { syncedSeq, syncedVersion } = this.cursor;
    const messages = this.log.after(syncedSeq, BATCH);
    const rowChanged = conversation.version !== syncedVersion;
    // Events ride in the same batch: they change the row, so a pending event always comes with a write anyway.
    const events = this.events.pending(BATCH);
    if (messages.length === 0 && !rowChanged && events.length === 0) return "done";
    const lastSeq = messages.at(-1)?.seq ?? syncedSeq;
    const usage = aiAnswersByDay(messages);
    const results = await this.db.batch([
      rowChanged ? upsertConversation(this.db, conversation, lastSeq) : touchLastSeq(this.db, conversation.id, lastSeq),
      // The site's AI usage rides here (before the answers' inserts, which it checks for replays) and is read back last.
      ...[...usage].flatMap(([day, seqs]) => inParts(seqs, USAGE_SEQS).map((part) => addAiUsage(this.db, conversation.id, conversation.siteId, day, part))),
      ...insertMessages(this.db, conversation.id, messages),
      ...events.map((e) => insertEvent(this.db, conversation, e)),
      ...[...usage.keys()].map((day) => readAiUsageStatement(this.db, conversation.siteId, day)),
    ]);
    [...usage.keys()].forEach((day, i) => {
      const row = results[results.length - usage.size + i]?.results?.[0] as { turns?: number } | undefined;
      if (typeof row?.turns === "number") usageSeen(conversation.siteId, day, row.turns);
    });
    const lastEvent = events.at(-1);
    if (lastEvent) this.events.synced(lastEvent.n);
    markSynced(this.sql, lastSeq, conversation.version);
    this.cursor = { syncedSeq: lastSeq, syncedVersion: conversation.version };
    return "more";
  }

  private failed(error: unknown): number {
    return recordSyncFailure(this.sql, String(error).slice(0, 500));
  }
}

/** The AI's answers among `messages` (not the greeting), by the UTC day they were given: what ai_usage counts. */
function aiAnswersByDay(messages: readonly ChatMessage[]): Map<string, number[]> {
  const byDay = new Map<string, number[]>();
  for (const m of messages) {
    if (m.role !== "ai" || m.clientId === "greeting") continue;
    const day = utcDay(m.at);
    byDay.set(day, [...(byDay.get(day) ?? []), m.seq]);
  }
  return byDay;
}
