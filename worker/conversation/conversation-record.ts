import type { Conversation, ConversationInit, ConversationPatch } from "./conversation.ts";
import { insertConversation, readConversation, readQueueStatus, writeConversation, writeQueueStatus } from "./conversation-store.ts";

/** Decisions kept per conversation; older ones matter less than the room they take. */
const MAX_DECISIONS = 30;

/** The conversation's one row in the Durable Object's SQLite, cached in memory. */
export class ConversationRecord {
  private current: Conversation | null;

  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
    this.current = readConversation(sql);
  }

  get(): Conversation | null {
    return this.current;
  }

  /** After the storage was erased: the conversation no longer exists. */
  forget(): void {
    this.current = null;
  }

  /** The conversation, for code that only runs after `create`. */
  require(): Conversation {
    if (!this.current) throw new Error("conversation not started");
    return this.current;
  }

  create(init: ConversationInit, now: number): Conversation {
    this.current = insertConversation(this.sql, init, now);
    return this.current;
  }

  update(patch: ConversationPatch, now: number): Conversation {
    const next: Conversation = { ...this.require(), ...patch, updatedAt: now };
    next.version += 1;
    writeConversation(this.sql, { ...next, decisions: next.decisions.slice(-MAX_DECISIONS) });
    this.current = next;
    return next;
  }

  /** The visitor's place in line as last told: kept for a reconnect, not a change D1 must copy. */
  setQueueStatus(status: unknown): void {
    writeQueueStatus(this.sql, status);
  }

  queueStatus(): unknown {
    return readQueueStatus(this.sql);
  }
}
