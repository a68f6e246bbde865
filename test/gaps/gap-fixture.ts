import { env } from "cloudflare:workers";

export const M = 60_000;
export const DAY = 86_400_000;
export const WEEK = 7 * DAY;

/** One message of a seeded transcript; `ai` gives an AI answer its confidence (declined: the AI said it does not know). */
export interface Said {
  role: "visitor" | "ai" | "agent" | "note";
  text: string;
  ai?: { confidence: number; declined?: boolean };
}

export interface Story {
  id: string;
  /** When the conversation started; its messages follow a minute apart. */
  at: number;
  said: Said[];
  /** Handed to a person after this many messages. */
  handoffAfter?: number;
  agentId?: string;
}

function aiMeta(ai: { confidence: number; declined?: boolean }): string {
  return JSON.stringify({ provider: "embedded", model: "extractive", confidence: ai.confidence, citations: [], declined: ai.declined ?? false, latencyMs: 5, retrieval: [] });
}

/**
 * Conversations written straight into D1 as the ConversationDO's transcript
 * sync leaves them (conversations, messages with their AiMeta, and the
 * handoff event), for the gap screens to read.
 */
export async function seedStories(workspaceId: string, siteId: string, stories: Story[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (const s of stories) {
    const handedOver = s.handoffAfter !== undefined;
    const last = s.at + s.said.length * M;
    statements.push(
      env.DB.prepare(
        `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, state, agent_id, trigger_reason, created_at, updated_at, last_seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).bind(s.id, workspaceId, siteId, `v-${s.id}`, handedOver ? "resolved" : "bot", s.agentId ?? null, handedOver ? "low_confidence" : null, s.at, last, s.said.length),
    );
    s.said.forEach((m, i) => {
      const author = m.role === "agent" || m.role === "note" ? "Ann" : null;
      statements.push(
        env.DB.prepare("INSERT INTO messages (conversation_id, seq, id, role, author, author_id, text, created_at, ai) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").bind(
          s.id, i + 1, `${s.id}-m${i + 1}`, m.role, author, author ? (s.agentId ?? "ann") : null, m.text, s.at + (i + 1) * M, m.ai ? aiMeta(m.ai) : null,
        ),
      );
    });
    if (handedOver) {
      statements.push(
        env.DB.prepare("INSERT INTO conversation_events (conversation_id, n, workspace_id, site_id, kind, at, trigger_reason) VALUES (?, 1, ?, ?, 'handoff', ?, 'low_confidence')").bind(
          s.id, workspaceId, siteId, s.at + ((s.handoffAfter ?? 0) + 0.5) * M,
        ),
      );
    }
  }
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50));
}

/** A visitor question the AI declined, handed over, and what the agent then said. */
export function declinedThenAgent(id: string, at: number, question: string, reply: string): Story {
  return { id, at, said: [{ role: "visitor", text: question }, { role: "ai", text: "I don't know that one.", ai: { confidence: 0.1, declined: true } }, { role: "agent", text: reply }], handoffAfter: 2 };
}
