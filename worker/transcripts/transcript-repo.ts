import { z } from "zod";
import { ConversationState, type ChatMessage, type PreviousConversation, type Role } from "../protocol/index.ts";
import { chatMessage } from "./chat-message.ts";

export interface ConversationSummary {
  id: string;
  workspaceId: string;
  siteId: string;
  visitorId: string | null;
  visitor: Record<string, string>;
  state: ConversationState;
  agent: { id: string; name: string } | null;
  triggerReason: string | null;
  page: { url: string | null; title: string | null; referrer: string | null };
  createdAt: number;
  updatedAt: number;
  queuedAt: number | null;
  assignedAt: number | null;
  resolvedAt: number | null;
  lastSeq: number;
  /** The visitor's first message, in lists (not in a transcript, which has them all). */
  firstQuestion?: string | null;
}

type ConversationRow = {
  id: string;
  workspace_id: string;
  site_id: string;
  visitor_id: string | null;
  visitor: string;
  state: ConversationState;
  agent_id: string | null;
  agent_name: string | null;
  trigger_reason: string | null;
  page_url: string | null;
  page_title: string | null;
  referrer: string | null;
  created_at: number;
  updated_at: number;
  queued_at: number | null;
  assigned_at: number | null;
  resolved_at: number | null;
  last_seq: number;
  first_question?: string | null;
};

type MessageRow = {
  seq: number;
  id: string;
  client_id: string | null;
  role: Role;
  author: string | null;
  author_id: string | null;
  text: string;
  created_at: number;
  ai: string | null;
};

export const ListFilter = z.object({
  state: ConversationState.optional(),
  siteId: z.string().max(64).optional(),
  visitorId: z.string().max(64).optional(),
  /** Paging: only conversations last updated before this time (ms), i.e. the last row's `updatedAt`. */
  before: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListFilter = z.infer<typeof ListFilter>;

/** A workspace's conversations, newest first. */
export async function listConversations(db: D1Database, workspaceId: string, filter: ListFilter): Promise<ConversationSummary[]> {
  const where: string[] = ["workspace_id = ?"];
  const binds: (string | number)[] = [workspaceId];
  if (filter.state) where.push("state = ?") && binds.push(filter.state);
  if (filter.siteId) where.push("site_id = ?") && binds.push(filter.siteId);
  if (filter.visitorId) where.push("visitor_id = ?") && binds.push(filter.visitorId);
  if (filter.before !== undefined) where.push("updated_at < ?") && binds.push(filter.before);
  const clause = `WHERE ${where.join(" AND ")}`;
  const firstQuestion = `(SELECT text FROM messages m WHERE m.conversation_id = c.id AND m.role = 'visitor' ORDER BY m.seq LIMIT 1)`;
  const { results } = await db
    .prepare(`SELECT c.*, ${firstQuestion} AS first_question FROM conversations c ${clause} ORDER BY updated_at DESC LIMIT ?`)
    .bind(...binds, filter.limit)
    .all<ConversationRow>();
  return results.map(toSummary);
}

export async function readTranscript(
  db: D1Database,
  conversationId: string,
): Promise<{ conversation: ConversationSummary; messages: ChatMessage[] } | null> {
  const [conversation, messages] = await db.batch([
    db.prepare("SELECT * FROM conversations WHERE id = ?").bind(conversationId),
    db.prepare("SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq").bind(conversationId),
  ]);
  const row = (conversation?.results as ConversationRow[] | undefined)?.[0];
  if (!row) return null;
  return { conversation: toSummary(row), messages: ((messages?.results ?? []) as MessageRow[]).map(toMessage) };
}

/** The visitor's earlier conversations on any site of this deployment, newest first, with how they ended. */
export async function previousConversations(
  db: D1Database,
  visitorId: string | null,
  exceptId: string,
  limit = 5,
): Promise<PreviousConversation[]> {
  if (!visitorId) return [];
  const { results } = await db
    .prepare(
      `SELECT c.id, c.created_at, c.state, c.trigger_reason,
              (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.role = 'visitor' ORDER BY m.seq LIMIT 1) AS first_question
       FROM conversations c WHERE c.visitor_id = ? AND c.id != ? ORDER BY c.created_at DESC LIMIT ?`,
    )
    .bind(visitorId, exceptId, limit)
    .all<{ id: string; created_at: number; state: string; trigger_reason: string | null; first_question: string | null }>();
  return results.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    state: r.state,
    triggerReason: r.trigger_reason,
    firstQuestion: r.first_question ? r.first_question.slice(0, 200) : null,
  }));
}

/** Which workspace D1 says owns the conversation; null when D1 has no row for it (yet). */
export async function conversationWorkspace(db: D1Database, conversationId: string): Promise<string | null> {
  const row = await db.prepare("SELECT workspace_id FROM conversations WHERE id = ?").bind(conversationId).first<{ workspace_id: string }>();
  return row?.workspace_id ?? null;
}

function toSummary(r: ConversationRow): ConversationSummary {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    siteId: r.site_id,
    visitorId: r.visitor_id,
    visitor: JSON.parse(r.visitor) as Record<string, string>,
    state: r.state,
    agent: r.agent_id ? { id: r.agent_id, name: r.agent_name ?? "Agent" } : null,
    triggerReason: r.trigger_reason,
    page: { url: r.page_url, title: r.page_title, referrer: r.referrer },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    queuedAt: r.queued_at,
    assignedAt: r.assigned_at,
    resolvedAt: r.resolved_at,
    lastSeq: r.last_seq,
    ...(r.first_question !== undefined ? { firstQuestion: r.first_question?.slice(0, 280) ?? null } : {}),
  };
}

function toMessage(r: MessageRow): ChatMessage {
  const { seq, id, client_id: clientId, role, author, author_id: authorId, text, created_at: at } = r;
  return chatMessage({ seq, id, clientId, role, author, authorId, text, at }, r.ai);
}
