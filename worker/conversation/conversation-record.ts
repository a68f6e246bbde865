import { z } from "zod";
import { Briefing, EscalationDecision, PageInfo, type AgentRef, type ConversationState } from "../protocol/index.ts";

/** What the site or the visitor told us about the visitor. */
export const VisitorInfo = z.object({
  name: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  tier: z.string().max(100).optional(),
});
export type VisitorInfo = z.infer<typeof VisitorInfo>;

export interface ConversationInit {
  id: string;
  workspaceId: string;
  siteId: string;
  visitorId: string | null;
  visitor: VisitorInfo;
  page: PageInfo | null;
}

export interface Conversation extends ConversationInit {
  state: ConversationState;
  /** The team whose queue it waits in (or waited in last); "all" is everyone. */
  teamId: string;
  /** Where a follow-up's answers are emailed, when the visitor left an address. */
  visitorEmail: string | null;
  /** Notices said once per conversation ("nobody online"), by key. */
  said: string[];
  agent: AgentRef | null;
  triggerReason: string | null;
  createdAt: number;
  updatedAt: number;
  queuedAt: number | null;
  assignedAt: number | null;
  resolvedAt: number | null;
  /** Escalation decisions that were not "stay", oldest first. */
  decisions: EscalationDecision[];
  briefing: Briefing | null;
  version: number;
}

type Row = {
  id: string;
  workspace_id: string;
  site_id: string;
  visitor_id: string | null;
  visitor: string;
  page: string | null;
  state: ConversationState;
  agent_id: string | null;
  agent_name: string | null;
  trigger_reason: string | null;
  created_at: number;
  updated_at: number;
  queued_at: number | null;
  assigned_at: number | null;
  resolved_at: number | null;
  decisions: string;
  briefing: string | null;
  version: number;
  team_id: string;
  visitor_email: string | null;
  said: string;
  queue_status: string | null;
};

export type ConversationPatch = Partial<
  Pick<
    Conversation,
    "state" | "agent" | "triggerReason" | "page" | "queuedAt" | "assignedAt" | "resolvedAt" | "decisions" | "briefing" | "teamId" | "visitorEmail" | "said" | "visitor"
  >
>;

/** Decisions kept per conversation; older ones matter less than the room they take. */
const MAX_DECISIONS = 30;

/** The conversation's one row in the Durable Object's SQLite, cached in memory. */
export class ConversationRecord {
  private current: Conversation | null;

  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
    const row = sql.exec<Row>("SELECT * FROM conversation LIMIT 1").toArray()[0];
    this.current = row ? fromRow(row) : null;
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
    this.sql.exec(
      `INSERT INTO conversation (id, workspace_id, site_id, visitor_id, visitor, page, state, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'bot', ?, ?)`,
      init.id,
      init.workspaceId,
      init.siteId,
      init.visitorId,
      JSON.stringify(init.visitor),
      init.page ? JSON.stringify(init.page) : null,
      now,
      now,
    );
    this.current = fromRow(this.sql.exec<Row>("SELECT * FROM conversation LIMIT 1").one());
    return this.current;
  }

  update(patch: ConversationPatch, now: number): Conversation {
    const next: Conversation = { ...this.require(), ...patch, updatedAt: now };
    next.version += 1;
    this.sql.exec(
      `UPDATE conversation SET state = ?, agent_id = ?, agent_name = ?, trigger_reason = ?, page = ?,
         queued_at = ?, assigned_at = ?, resolved_at = ?, decisions = ?, briefing = ?, updated_at = ?, version = ?,
         team_id = ?, visitor_email = ?, said = ?, visitor = ?`,
      next.state,
      next.agent?.id ?? null,
      next.agent?.name ?? null,
      next.triggerReason,
      next.page ? JSON.stringify(next.page) : null,
      next.queuedAt,
      next.assignedAt,
      next.resolvedAt,
      JSON.stringify(next.decisions.slice(-MAX_DECISIONS)),
      next.briefing ? JSON.stringify(next.briefing) : null,
      next.updatedAt,
      next.version,
      next.teamId,
      next.visitorEmail,
      JSON.stringify(next.said),
      JSON.stringify(next.visitor),
    );
    this.current = next;
    return next;
  }

  /** The visitor's place in line as last told: kept for a reconnect, not a change D1 must copy. */
  setQueueStatus(status: unknown): void {
    this.sql.exec("UPDATE conversation SET queue_status = ?", JSON.stringify(status));
  }

  queueStatus(): unknown {
    const row = this.sql.exec<{ queue_status: string | null }>("SELECT queue_status FROM conversation").toArray()[0];
    return row?.queue_status ? (JSON.parse(row.queue_status) as unknown) : null;
  }
}

function fromRow(row: Row): Conversation {
  const page = row.page ? PageInfo.safeParse(JSON.parse(row.page)) : null;
  const visitor = VisitorInfo.safeParse(JSON.parse(row.visitor));
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    visitor: visitor.success ? visitor.data : {},
    page: page?.success ? page.data : null,
    state: row.state,
    agent: row.agent_id ? { id: row.agent_id, name: row.agent_name ?? "Agent" } : null,
    triggerReason: row.trigger_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    queuedAt: row.queued_at,
    assignedAt: row.assigned_at,
    resolvedAt: row.resolved_at,
    decisions: parseJson(EscalationDecision.array(), row.decisions) ?? [],
    briefing: row.briefing ? parseJson(Briefing, row.briefing) : null,
    version: row.version,
    teamId: row.team_id,
    visitorEmail: row.visitor_email,
    said: parseJson(z.array(z.string()), row.said) ?? [],
  };
}

function parseJson<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, json: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
