import type {
  AgentRef,
  Briefing,
  ChatMessage,
  ConversationState,
  QueueEntry,
  ServerFrame,
  ServerFrameOf,
} from "../../../worker/protocol/index.ts";
import { sentence } from "../lib/format.ts";
import { Observable } from "../lib/observable.ts";
import { LiveSocket, type LinkStatus } from "../net/live-socket.ts";
import { socketPath } from "../api/workspace-path.ts";
import { MessageList } from "./message-list.ts";
import { readDraft, saveDraft } from "./draft-store.ts";
import { Outbox } from "./outbox.ts";
import { RemoteTyping } from "./remote-typing.ts";
import { TypingSignal } from "../../../worker/protocol/typing-signal.ts";

const REFUSALS_BEFORE_TELLING = 3;

export interface ConversationEvents {
  /** Someone else's message arrived after the first load (live, or caught up after a reconnect). */
  onIncoming(client: ConversationClient, message: ChatMessage): void;
  /** The socket was refused before opening: the workspace checks the session. */
  onRefused(): void;
}

/**
 * One open conversation: its socket, its merged log, the replies not yet
 * acknowledged, and what the other side is doing. Survives reconnects by
 * resuming from the last gap-free seq; lives until the agent closes it.
 */
export class ConversationClient extends Observable {
  readonly id: string;
  readonly messages = new MessageList();
  readonly outbox = new Outbox();
  readonly typing = new RemoteTyping(() => this.changed());
  /** What the queue knew: the briefing's source until a real briefing exists. */
  entry: QueueEntry | null;
  /** The server's context packet: sent on connect once handed off, and again whenever it is rebuilt. */
  briefing: Briefing | null = null;
  state: ConversationState | null = null;
  agent: AgentRef | null = null;
  reason: string | null = null;
  link: LinkStatus = "connecting";
  loaded = false;
  unread = 0;
  /** The last refusal or failure, as a sentence for a banner. */
  error: string | null = null;
  /** The reply being written, kept per conversation (and across reloads) so switching away loses nothing. */
  draft = "";
  /** An AI answer being streamed, shown until the whole message lands. */
  aiDraft = "";
  private aiTurn: string | null = null;
  private refusedError = false;
  private serverLastSeq = 0;
  private resumedFrom = -1;
  private readonly me: AgentRef;
  private readonly events: ConversationEvents;
  private readonly socket: LiveSocket;
  private readonly ownTyping = new TypingSignal((on) => this.isMine && this.socket.send({ type: "typing", on }));

  constructor(id: string, me: AgentRef, entry: QueueEntry | null, events: ConversationEvents) {
    super();
    this.id = id;
    this.me = me;
    this.entry = entry;
    this.events = events;
    this.draft = readDraft(me.id, id);
    this.socket = new LiveSocket({
      path: () => socketPath(`/conversations/${encodeURIComponent(id)}?after=${this.messages.contiguousSeq}`),
      onFrame: (frame) => this.onFrame(frame),
      onStatus: (status) => this.onLink(status),
      onRefused: (times) => this.onRefused(times),
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    this.ownTyping.stop();
    this.typing.clear();
    this.socket.stop();
  }

  /** Assigned to this agent: only then may it write, resolve or hand back. */
  get isMine(): boolean {
    return this.state === "assigned" && this.agent?.id === this.me.id;
  }

  get reasonText(): string | null {
    return this.reason ?? this.entry?.reason ?? null;
  }

  reply(text: string): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    this.ownTyping.stop();
    const pending = this.outbox.add(trimmed);
    this.sendPending(pending.clientId);
    this.changed();
  }

  retry(clientId: string): void {
    this.outbox.mark(clientId, "waiting");
    this.sendPending(clientId);
    this.changed();
  }

  discard(clientId: string): void {
    this.outbox.remove(clientId);
    this.changed();
  }

  /** Called on every keystroke in the reply box; `notify` re-renders (for text put there by code). */
  setDraft(text: string, notify = false): void {
    this.draft = text;
    saveDraft(this.me.id, this.id, text);
    if (text.trim()) this.ownTyping.input();
    else this.ownTyping.stop();
    if (notify) this.changed();
  }

  stopTyping(): void {
    this.ownTyping.stop();
  }

  resolve(): void {
    this.command({ type: "resolve" });
  }

  handBack(): void {
    this.command({ type: "hand_back" });
  }

  markRead(): void {
    if (this.unread === 0) return;
    this.unread = 0;
    this.changed();
  }

  bumpUnread(): void {
    this.unread += 1;
    this.changed();
  }

  setEntry(entry: QueueEntry): void {
    this.entry = entry;
    this.changed();
  }

  dismissError(): void {
    this.error = null;
    this.changed();
  }

  reconnectNow(): void {
    this.socket.reconnectNow();
  }

  private command(frame: { type: "resolve" } | { type: "hand_back" }): void {
    this.ownTyping.stop();
    if (!this.socket.send(frame)) {
      this.error = "You are offline. Try again once the conversation reconnects.";
      this.changed();
    }
  }

  private sendPending(clientId: string): void {
    const pending = this.outbox.get(clientId);
    if (!pending || !this.loaded) return;
    if (this.socket.send({ type: "message", clientId, text: pending.text })) this.outbox.mark(clientId, "sent");
  }

  private onLink(status: LinkStatus): void {
    this.link = status;
    if (status !== "online") {
      this.outbox.unsend();
      this.ownTyping.reset();
      this.typing.clear();
    }
    this.changed();
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case "welcome":
        if (this.refusedError) this.error = null;
        this.refusedError = false;
        this.state = frame.state;
        this.agent = frame.agent;
        this.serverLastSeq = frame.lastSeq;
        this.resumedFrom = -1;
        break;
      case "history":
        this.onHistory(frame.messages);
        break;
      case "message":
        this.take(frame.message, this.loaded);
        this.fillGap();
        break;
      case "ack":
        this.onAck(frame);
        break;
      case "ai_delta":
        if (frame.turnId !== this.aiTurn) this.aiDraft = "";
        this.aiTurn = frame.turnId;
        this.aiDraft += frame.text;
        break;
      case "typing":
        this.typing.update({ role: frame.role, name: frame.name }, frame.on);
        return;
      case "state":
        this.state = frame.state;
        this.agent = frame.agent;
        if (frame.reason) this.reason = frame.reason;
        if (frame.state !== "bot") this.aiDraft = "";
        break;
      case "error":
        this.onError(frame);
        break;
      case "briefing":
        this.briefing = frame.briefing;
        break;
      default:
        return; // queue frames never come on this socket
    }
    this.changed();
  }

  /** The session is checked by the workspace; a conversation that keeps refusing is worth a word. */
  private onRefused(times: number): void {
    if (times === REFUSALS_BEFORE_TELLING) {
      this.refusedError = true;
      this.error = "The server keeps refusing this conversation's connection. Still retrying in the background.";
      this.changed();
    }
    this.events.onRefused();
  }

  private onHistory(messages: ChatMessage[]): void {
    const live = this.loaded;
    for (const message of messages) this.take(message, live);
    // History pages arrive back to back; once we hold everything the welcome announced, we are loaded.
    if (this.messages.contiguousSeq >= this.serverLastSeq || messages.length === 0) {
      const firstLoad = !this.loaded;
      this.loaded = true;
      if (firstLoad || live) this.flushOutbox();
    }
    this.fillGap();
  }

  private take(message: ChatMessage, live: boolean): void {
    if (message.role === "agent" && message.clientId) this.outbox.remove(message.clientId);
    if (!this.messages.add(message)) return;
    if (message.role === "ai") this.aiDraft = "";
    if (message.role === "visitor") this.typing.clear();
    const fromOthers = message.role === "visitor" || (message.role === "agent" && message.author !== this.me.name);
    if (live && fromOthers) this.events.onIncoming(this, message);
  }

  private onAck(frame: ServerFrameOf<"ack">): void {
    const pending = this.outbox.remove(frame.clientId);
    if (!pending) return;
    const { clientId, seq, id, at } = frame;
    this.messages.add({ seq, id, clientId, role: "agent", author: this.me.name, authorId: this.me.id, text: pending.text, at });
    this.fillGap();
  }

  private onError(frame: ServerFrameOf<"error">): void {
    if (frame.ref && this.outbox.get(frame.ref)) {
      this.outbox.mark(frame.ref, "failed", sentence(frame.message));
      return;
    }
    this.error = sentence(frame.message);
  }

  /** A seq is missing below the newest one: ask for everything after the hole, once per hole. */
  private fillGap(): void {
    const from = this.messages.contiguousSeq;
    if (from >= this.messages.highestSeq || from === this.resumedFrom) return;
    this.resumedFrom = from;
    this.socket.send({ type: "resume", after: from });
  }

  private flushOutbox(): void {
    for (const pending of this.outbox.toSend()) this.sendPending(pending.clientId);
  }
}
