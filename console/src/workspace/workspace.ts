import type { AgentRef, ChatMessage, QueueEntry } from "../../../worker/protocol/index.ts";
import { CannedStore } from "../canned/canned-store.ts";
import { ConversationClient } from "../conversation/conversation-client.ts";
import { FollowupStore } from "../followup/followup-store.ts";
import { Observable } from "../lib/observable.ts";
import { Notifier } from "../notify/notifier.ts";
import type { Settings } from "../notify/settings.ts";
import { PresenceFeed } from "../presence/presence-feed.ts";
import { Offers } from "../queue/offers.ts";
import { Queues } from "../queue/queues.ts";
import type { Session } from "../session/session.ts";
import { queueEvents } from "./queue-events.ts";
import { leftText } from "./release-text.ts";
import { Toasts } from "./toasts.ts";

const SESSION_CHECK_MS = 5 * 60_000;
/** A conversation that left this agent on its own socket waits this long for the queue's `released` to say why. */
const RELEASE_WORD_MS = 2000;

/**
 * Everything a logged-in agent has open: the queue feeds of their teams,
 * offers, the follow-up list, one client per conversation in "Mine" (each
 * keeps its own socket and log while another is on screen), at most one
 * preview of a waiting conversation, and alerts.
 */
export class Workspace extends Observable {
  readonly me: AgentRef;
  readonly queue: Queues;
  readonly presence: PresenceFeed;
  readonly offers = new Offers();
  readonly followups = new FollowupStore();
  readonly canned = new CannedStore();
  readonly toasts = new Toasts();
  readonly notifier: Notifier;
  /** Conversation ids in the Mine list, in the order they became ours. */
  mine: string[] = [];
  activeId: string | null = null;
  private readonly clients = new Map<string, ConversationClient>();
  private readonly awaitingWord = new Map<string, ReturnType<typeof setTimeout>>();
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
    this.presence = new PresenceFeed(() => this.verifySession());
    this.queue = new Queues(me, this.presence, queueEvents(this));
  }

  start(): void {
    this.presence.start();
    this.queue.start();
    this.followups.start();
    // Open sockets outlive a session that expired or was revoked; ask now and then so the login screen comes back.
    this.sessionCheck = setInterval(() => void this.session.verify(), SESSION_CHECK_MS);
    document.addEventListener("visibilitychange", this.onReturn);
    window.addEventListener("focus", this.onReturn);
  }

  dispose(): void {
    clearInterval(this.sessionCheck);
    document.removeEventListener("visibilitychange", this.onReturn);
    window.removeEventListener("focus", this.onReturn);
    for (const timer of this.awaitingWord.values()) clearTimeout(timer);
    this.queue.stop();
    this.presence.stop();
    this.followups.stop();
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

  /** A socket was refused: maybe the session is gone (the login screen comes back), maybe the server. */
  verifySession(): void {
    void this.session.verify();
  }

  acceptOffer(id: string): void {
    const offer = this.offers.get(id);
    const feed = offer ? this.queue.feed(offer.entry.teamId) : null;
    if (!offer || !feed) return;
    this.offers.answering(id, true);
    feed.acceptOffer(id);
  }

  declineOffer(id: string): void {
    const offer = this.offers.get(id);
    if (!offer) return;
    if (this.queue.feed(offer.entry.teamId)?.declineOffer(id)) this.offers.answering(id, true);
    else this.toasts.show("You are offline: the offer stays until it expires or the queue reconnects.", "error");
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

  /** No longer this agent's (released, transferred): off Mine with a word; if it is on screen it stays there, read-only. */
  leave(id: string, text: string, tone: "info" | "error" | "success"): void {
    clearTimeout(this.awaitingWord.get(id));
    this.awaitingWord.delete(id);
    if (!this.isMine(id)) return;
    this.mine = this.mine.filter((other) => other !== id);
    if (this.activeId !== id) this.drop(id);
    this.toasts.show(text, tone, 10_000);
    this.changed();
  }

  /** Puts a conversation in Mine (claimed, accepted, taken, or found in a snapshot). */
  adopt(entry: QueueEntry): ConversationClient {
    const client = this.open(entry.conversationId, entry);
    client.setEntry(entry);
    if (this.isMine(entry.conversationId)) return client;
    this.mine = [...this.mine, entry.conversationId];
    this.changed();
    return client;
  }

  /** A follow-up ticket taken from the list: the server assigned it; it opens as mine. */
  async takeFollowup(id: string): Promise<void> {
    const taken = await this.followups.take(id, this.me);
    if (!taken) return;
    const client = this.adopt(taken.entry);
    client.followupEmail = taken.email;
    this.select(id);
    this.toasts.show(`You took the follow-up from ${taken.entry.visitorName ?? taken.email ?? "the visitor"}.`, "success", 3000);
  }

  private open(id: string, entry: QueueEntry | null): ConversationClient {
    const existing = this.clients.get(id);
    if (existing) return existing;
    const client = new ConversationClient(id, this.me, entry, {
      onIncoming: (from, message) => this.incoming(from, message),
      onLeftMe: (from, transferredTo) => this.leftMe(from, transferredTo),
      onRefused: () => this.verifySession(),
    });
    this.clients.set(id, client);
    client.start();
    return client;
  }

  private drop(id: string): void {
    this.clients.get(id)?.stop();
    this.clients.delete(id);
  }

  private leftMe(client: ConversationClient, transferredTo: string | null): void {
    const who = client.entry?.visitorName ?? "The visitor";
    if (transferredTo) return this.leave(client.id, `Transferred ${who === "The visitor" ? "the conversation" : who} to ${transferredTo}.`, "success");
    // Released by the server: its queue says why in a moment (queue-events.ts); say something if it does not.
    if (this.awaitingWord.has(client.id) || !this.isMine(client.id)) return;
    const nowWith = client.state === "assigned" ? (client.agent?.name ?? null) : null;
    this.awaitingWord.set(client.id, setTimeout(() => this.leave(client.id, leftText(who, nowWith), "info"), RELEASE_WORD_MS));
  }

  private incoming(client: ConversationClient, message: ChatMessage): void {
    if (!this.isMine(client.id)) return;
    const looking = client.id === this.activeId && this.notifier.watching;
    if (!looking) client.bumpUnread();
    if (message.role !== "note") this.notifier.alert("message");
  }
}
