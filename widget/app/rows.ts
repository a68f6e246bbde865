import type { Citation, Role } from "../../worker/protocol/index.ts";
import type { ChatState } from "../chat/chat-state.ts";
import { sayNotice, t } from "../i18n/words.ts";

/** One line of the conversation as the visitor sees it. */
export interface Row {
  key: string;
  role: Role;
  author: string | null;
  text: string;
  seq: number | null;
  /** When it was stored (null until it is). */
  at: number | null;
  /** sending: typed, not yet stored; failed: refused by the server; streaming: AI answer in progress. */
  status: "stored" | "sending" | "failed" | "streaming";
  error: string | null;
  citations: Citation[];
  /** First of a run by the same speaker: show who is speaking. */
  showWho: boolean;
}

/**
 * Stored messages in seq order, then the AI answer still streaming, then
 * what the visitor typed that is not stored yet. `greeting` (the site's, or
 * the page's `configure({greeting})` / data-greeting) stands in for the
 * stored one, and shows before the conversation exists. System notices are
 * said in the visitor's language when a translation knows them.
 */
export function buildRows(chat: ChatState, greeting: string | undefined): Row[] {
  const rows: Row[] = chat.messages.map((m) => ({
    key: `m${m.seq}`,
    role: m.role,
    author: m.author,
    text: m.clientId === "greeting" && greeting ? greeting : ((m.notice && sayNotice(m.notice)) ?? m.text),
    seq: m.seq,
    at: m.at,
    status: "stored",
    error: null,
    citations: m.ai?.citations ?? [],
    showWho: false,
  }));
  if (rows.length === 0) rows.push(row("greeting", "ai", greeting ?? t("Hi! How can we help you today?"), "stored"));
  if (chat.streaming) rows.push(row(`s${chat.streaming.turnId}`, "ai", chat.streaming.text, "streaming"));
  for (const p of chat.pending) {
    rows.push({ ...row(`p${p.clientId}`, "visitor", p.text, p.error ? "failed" : "sending"), error: p.error ?? null });
  }
  let previous: Row | undefined;
  for (const current of rows) {
    current.showWho = current.role !== previous?.role || current.author !== previous.author;
    previous = current;
  }
  return rows;
}

function row(key: string, role: Role, text: string, status: Row["status"]): Row {
  return { key, role, author: null, text, seq: null, at: null, status, error: null, citations: [], showWho: false };
}

/** "Sam is typing…", or null when nobody (the AI streaming its answer shows itself). */
export function typingLabel(chat: ChatState): string | null {
  const typing = chat.typing;
  if (!typing || (typing.role === "ai" && chat.streaming)) return null;
  if (typing.role === "ai") return t("{0} is typing…", t("Assistant"));
  if (typing.role === "agent") return t("{0} is typing…", typing.name ?? chat.agent?.name ?? t("Your teammate"));
  return null;
}
