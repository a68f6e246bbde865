import type { AgentRef, ChatMessage, ConversationState } from "../../worker/protocol/index.ts";
import { liveKey } from "../shared/contract.ts";
import type { PendingMessage } from "./chat-state.ts";
import { randomId } from "./ids.ts";

/** What survives a page reload, per site: the conversation, its cached log and unsent messages. */
export interface SavedConversation {
  conversationId: string;
  token: string;
  messages: ChatMessage[];
  pending: PendingMessage[];
  state: ConversationState;
  agent: AgentRef | null;
  /** Last page URL the server was told about. */
  pageUrl: string | null;
}

/** Most messages kept in the browser cache; older ones are still on the server. */
export const CACHE_LIMIT = 200;

const key = (site: string) => `baton:${site}`;

export function loadConversation(site: string): SavedConversation | null {
  const saved = read(key(site)) as Partial<SavedConversation> | null;
  // Our own data, but possibly from an older widget version: require the essentials, default the rest.
  if (typeof saved?.conversationId !== "string" || typeof saved.token !== "string") return null;
  return { messages: [], pending: [], state: "bot", agent: null, pageUrl: null, ...saved, conversationId: saved.conversationId, token: saved.token };
}

export function saveConversation(site: string, saved: SavedConversation): void {
  write(key(site), JSON.stringify({ ...saved, messages: saved.messages.slice(-CACHE_LIMIT) }));
  // The loader reads this to connect on the next page load while the conversation is still going.
  if (saved.state === "resolved") remove(liveKey(site));
  else write(liveKey(site), String(Date.now()));
}

export function forgetConversation(site: string): void {
  remove(key(site));
  remove(liveKey(site));
}

const markedKey = (conversationId: string) => `baton:${conversationId}:answer-marked`;

/** The seq of the AI answer this browser last marked helpful or not in this conversation, or null. */
export function markedAnswer(conversationId: string): number | null {
  const seq = read(markedKey(conversationId));
  return typeof seq === "number" ? seq : null;
}

export function rememberMarkedAnswer(conversationId: string, seq: number): void {
  write(markedKey(conversationId), String(seq));
}

/** Stable per browser, so agents can see a visitor's earlier conversations. */
export function visitorId(): string {
  const stored = read("baton:visitor");
  if (typeof stored === "string" && stored.length >= 8) return stored;
  const id = randomId(22);
  write("baton:visitor", JSON.stringify(id));
  return id;
}

// Storage can be blocked (privacy modes, sandboxed frames) or full: the chat then simply forgets.
function read(name: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(name) ?? "null");
  } catch {
    return null;
  }
}

function write(name: string, value: string): void {
  try {
    localStorage.setItem(name, value);
  } catch {
    // see read()
  }
}

function remove(name: string): void {
  try {
    localStorage.removeItem(name);
  } catch {
    // see read()
  }
}
