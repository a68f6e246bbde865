import type { AgentRef, ChatMessage, QueueEntry } from "../../../worker/protocol/index.ts";
import { ConversationClient } from "../conversation/conversation-client.ts";
import { Observable } from "../lib/observable.ts";
import { Notifier } from "../notify/notifier.ts";
import type { Settings } from "../notify/settings.ts";
import { PresenceFeed } from "../presence/presence-feed.ts";
import { QueueFeed } from "../queue/queue-feed.ts";
import type { Session } from "../session/session.ts";
import { Toasts } from "./toasts.ts";

const SESSION_CHECK_MS = 5 * 60_000;

/**
 * Everything a logged-in agent has open: the queue feed, one client per
 * conversation in "Mine" (each keeps its own socket and log while another is
 * on screen), at most one preview of a waiting conversation, and alerts.
 */
export class Workspace extends Observable {
  readonly me: AgentRef;
  readonly queue: QueueFeed;
  readonly presence: PresenceFeed;
  readonly toasts = new Toasts();
  readonly notifier: Notifier;
  /** Conversation ids in the Mine list, in the order they became ours. */
  mine: string[] = [];
  activeId: string | null = null;
  private readonly clients = new Map<string, ConversationClient>();
  private readonly session: Session;
  private sessionCheck: ReturnType<typeof setInterval> | undefined;
  private readonly onReturn = () => {
    if (document.hidden) return;
    this.active?.markRead();
    void this.session.verify();
  };

  constructor(me: AgentRef, session: Session, settings: Settings) {
    super();
    this.me = me;
    this.session = session;
    this.notifier = new Notifier(settings);
    this.presence = new PresenceFeed(() => void this.session.verify());
    this.queue = new QueueFeed(me, {
      onMine: (entries) => {
        for (const entry of entries) this.adopt(entry);
        if (!this.activeId && this.mine[0]) this.select(this.mine[0]);
      },
      onAssigned: (entry, byThisTab) => {
        this.adopt(entry);
        if (!byThisTab) return;
        this.select(entry.conversationId);
        this.toasts.show(`You are now talking with ${entry.visitorName ?? "the visitor"}.`, "success", 3000);
      },
      onRemoved: () => undefined, // each conversation's own socket reports resolve or hand-back
      onNewWaiting: () => this.notifier.alert("queue"),
      onClaimFailed: (id, message) => {
        // Lost the race to another tab of this same agent: it is ours anyway.
        if (id && this.isMine(id)) return this.toasts.show("You already have this conversation (claimed in another tab).");
        this.toasts.show(id ? `Could not claim: ${lowerFirst(message)}` : message, "error");
      },
      onRefused: () => void this.session.verify(),
    });
  }

  start(): void {
    this.presence.start();
    this.queue.start();
    // Open sockets outlive a session that expired or was revoked; ask now and then so the login screen comes back.
    this.sessionCheck = setInterval(() => void this.session.verify(), SESSION_CHECK_MS);
    document.addEventListener("visibilitychange", this.onReturn);
    window.addEventListener("focus", this.onReturn);
  }

  dispose(): void {
    clearInterval(this.sessionCheck);
    document.removeEventListener("visibilitychange", this.onReturn);
    window.removeEventListener("focus", this.onReturn);
    this.queue.stop();
    this.presence.stop();
    for (const client of this.clients.values()) client.stop();
    this.clients.clear();
    this.notifier.dispose();
  }

  get active(): ConversationClient | null {
    return this.activeId ? (this.clients.get(this.activeId) ?? null) : null;
  }

  client(id: string): ConversationClient | undefined {
    return this.clients.get(id);
  }

  mineClients(): ConversationClient[] {
    return this.mine.flatMap((id) => this.clients.get(id) ?? []);
  }

  isMine(id: string): boolean {
    return this.mine.includes(id);
  }

  /** Shows a conversation: one of mine, or a read-only preview of a waiting one. */
  select(id: string): void {
    const previous = this.activeId;
    if (previous && previous !== id && !this.isMine(previous)) this.drop(previous);
    this.open(id, this.queue.entry(id)).markRead();
    this.activeId = id;
    this.changed();
  }

  claim(id: string): void {
    this.queue.claim(id);
  }

  /** Takes a finished conversation off the Mine list and closes its socket. */
  close(id: string): void {
    this.clients.get(id)?.setDraft("");
    this.mine = this.mine.filter((other) => other !== id);
    this.drop(id);
    if (this.activeId === id) this.activeId = this.mine[0] ?? null;
    if (this.activeId) this.clients.get(this.activeId)?.markRead();
    this.changed();
  }

  private adopt(entry: QueueEntry): void {
    const client = this.open(entry.conversationId, entry);
    client.setEntry(entry);
    if (this.isMine(entry.conversationId)) return;
    this.mine = [...this.mine, entry.conversationId];
    this.changed();
  }

  private open(id: string, entry: QueueEntry | null): ConversationClient {
    const existing = this.clients.get(id);
    if (existing) return existing;
    const client = new ConversationClient(id, this.me, entry, {
      onIncoming: (from, message) => this.incoming(from, message),
      onRefused: () => void this.session.verify(),
    });
    this.clients.set(id, client);
    client.start();
    return client;
  }

  private drop(id: string): void {
    this.clients.get(id)?.stop();
    this.clients.delete(id);
  }

  private incoming(client: ConversationClient, _message: ChatMessage): void {
    if (!this.isMine(client.id)) return;
    const looking = client.id === this.activeId && this.notifier.watching;
    if (!looking) client.bumpUnread();
    this.notifier.alert("message");
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
