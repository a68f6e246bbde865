import type { AiMeta, ChatMessage, NoticeRef, Role } from "../protocol/index.ts";
import { randomId } from "../auth/base64url.ts";
import { authorIdOf, countAiAnswers, highestSeq, insertMessageRow, isAiAnswerRow, lastAgentSender, messageByClientId, messagesAfter, recentMessages } from "./message-store.ts";

export interface NewMessage {
  /** "visitor", "agent:<id>", "ai" or "system": a clientId is unique per sender. */
  sender: string;
  clientId: string | null;
  role: Role;
  author: string | null;
  text: string;
  ai?: AiMeta;
  /** System notices: which one it is, for translation. */
  notice?: NoticeRef;
}

/** The conversation's messages in the Durable Object's SQLite: gap-free seq, idempotent by clientId. */
export class MessageLog {
  private last: number;

  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
    this.last = highestSeq(sql);
  }

  lastSeq(): number {
    return this.last;
  }

  /** Stores a message unless its sender already stored one with this clientId; then returns that one. */
  append(input: NewMessage, now: number): { message: ChatMessage; duplicate: boolean } {
    const seq = this.last + 1;
    const id = randomId(12);
    const stored = insertMessageRow(this.sql, {
      seq,
      id,
      sender: input.sender,
      clientId: input.clientId,
      role: input.role,
      author: input.author,
      text: input.text,
      at: now,
      ai: input.ai ? JSON.stringify(input.ai) : null,
      notice: input.notice ? JSON.stringify(input.notice) : null,
    });
    if (!stored && input.clientId !== null) {
      return { message: messageByClientId(this.sql, input.sender, input.clientId), duplicate: true };
    }
    this.last = seq;
    const message: ChatMessage = {
      seq,
      id,
      clientId: input.clientId,
      role: input.role,
      author: input.author,
      authorId: authorIdOf(input.sender),
      text: input.text,
      at: now,
      ...(input.ai ? { ai: input.ai } : {}),
      ...(input.notice ? { notice: input.notice } : {}),
    };
    return { message, duplicate: false };
  }

  /** How many AI answers this conversation has had (the greeting is not one). */
  aiTurns(): number {
    return countAiAnswers(this.sql);
  }

  /** Whether `seq` is one of the AI's answers (not the greeting): the only messages a visitor may mark helpful. */
  isAiAnswer(seq: number): boolean {
    return isAiAnswerRow(this.sql, seq);
  }

  /** The agent who wrote the newest agent reply, or null when no person has replied. */
  lastAgentId(): string | null {
    return lastAgentSender(this.sql);
  }

  /** Messages with seq > `after`, oldest first; a visitor's copy leaves out agents' private notes. */
  after(after: number, limit = 1000, audience: "agent" | "visitor" = "agent"): ChatMessage[] {
    return messagesAfter(this.sql, after, limit, audience === "agent");
  }

  /** The newest `limit` messages the visitor and the AI took part in (no private notes), oldest first. */
  recent(limit: number): ChatMessage[] {
    return recentMessages(this.sql, limit);
  }
}
