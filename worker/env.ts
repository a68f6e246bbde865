import type { ConversationDO } from "./conversation/conversation-do.ts";
import type { QueueDO } from "./queue/queue-do.ts";
import type { RosterDO } from "./roster/roster-do.ts";

/** Bindings and vars from wrangler.toml, plus secrets. */
export interface Env {
  DB: D1Database;
  AI: Ai;
  CONVERSATION: DurableObjectNamespace<ConversationDO>;
  QUEUE: DurableObjectNamespace<QueueDO>;
  ROSTER: DurableObjectNamespace<RosterDO>;
  /** Abuse limits (wrangler.toml [[ratelimits]]); absent in a deployment that removed them. */
  LIMIT_CONVERSATION_MESSAGES?: RateLimit;
  LIMIT_ADDRESS_MESSAGES?: RateLimit;
  LIMIT_ADDRESS_STARTS?: RateLimit;
  ASSETS: Fetcher;
  /** Secret: signs visitor tokens and agent sessions. */
  AUTH_SECRET: string;
  AI_PROVIDER: string;
  AI_MODEL: string;
  AGENT_SESSION_HOURS: string;
  AI_TIMEOUT_MS?: string;
  VISITOR_TOKEN_DAYS?: string;
  ABUSE_LIMITS?: string;
  EMBEDDING_MODEL?: string;
  TRANSCRIPT_SYNC_WINDOW_MS?: string;
  /** Email Service (`[[send_email]]`): agents' replies to follow-up tickets. Read through worker/email/email-config.ts. */
  EMAIL?: SendEmail;
  EMAIL_FROM?: string;
  EMAIL_FROM_NAME?: string;
  EMAIL_REPLY_DOMAIN?: string;
  EMAIL_RESUME_DAYS?: string;
  EMAIL_MAX_INBOUND_KB?: string;
  PUBLIC_URL?: string;
  /** "on": count what the runtime is asked to do, served at GET /api/meter (durable/meter.ts); the bench sets it. */
  METER?: string;
}
