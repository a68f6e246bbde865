import { EmailSendError } from "../email/send-email.ts";
import { sendAgentReply } from "../email/agent-reply-email.ts";
import type { Env } from "../env.ts";
import type { Site } from "../sites/site-settings.ts";
import type { ConversationRecord } from "./conversation-record.ts";
import { emailedMessageIds, recordEmail, wasEmailed } from "./email-store.ts";
import type { MessageLog } from "./message-log.ts";

/**
 * An agent's reply to a visitor who is not here and left an email: sent
 * through the outbox, so a failure is retried; a permanent one (sending off,
 * a bad address) is logged and dropped rather than blocking what comes after.
 * Each email threads under the ones before it.
 */
export class Mailer {
  private readonly env: Env;
  private readonly sql: SqlStorage;
  private readonly record: ConversationRecord;
  private readonly log: MessageLog;

  constructor(env: Env, sql: SqlStorage, record: ConversationRecord, log: MessageLog) {
    this.env = env;
    this.sql = sql;
    this.record = record;
    this.log = log;
  }

  async send(seq: number, site: Site | null): Promise<void> {
    const c = this.record.require();
    const message = this.log.after(seq - 1, 1)[0];
    if (!site || !c.visitorEmail || message?.seq !== seq || message.role !== "agent") return;
    if (wasEmailed(this.sql, seq)) return;
    const earlier = emailedMessageIds(this.sql);
    const lastQuestion = this.log.after(0).filter((m) => m.role === "visitor" && m.seq < seq).at(-1)?.text ?? null;
    try {
      const { messageId } = await sendAgentReply(this.env, {
        conversationId: c.id,
        site: { id: site.id, name: site.name, allowedOrigins: site.allowedOrigins },
        visitor: { email: c.visitorEmail, ...(c.visitor.name ? { name: c.visitor.name } : {}) },
        agentName: message.author ?? "Our team",
        reply: message.text,
        lastQuestion,
        pageUrl: c.page?.url ?? null,
        thread: { ...(earlier.at(-1) ? { inReplyTo: earlier.at(-1) } : {}), references: earlier },
      });
      recordEmail(this.sql, seq, messageId);
    } catch (error) {
      if (error instanceof EmailSendError && error.retryable) throw error;
      console.error(`conversation ${c.id}: reply ${seq} not emailed:`, error instanceof Error ? error.message : String(error));
    }
  }
}

