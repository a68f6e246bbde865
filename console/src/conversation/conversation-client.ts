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
import { readDraft, saveDraft } from "./draft-store.ts";
import { MessageSync } from "./message-sync.ts";
import type { PendingKind } from "./outbox.ts";
import { RemoteTyping } from "./remote-typing.ts";
import { TransferState, type TransferTarget } from "./transfer-state.ts";
import { TypingSignal } from "../../../worker/protocol/typing-signal.ts";

const REFUSALS_BEFORE_TELLING = 3;

export interface ConversationEvents {
  /** Someone else's message arrived after the first load (live, or caught up after a reconnect). */
  onIncoming(client: ConversationClient, message: ChatMessage): void;
  /**
   * It was this agent's and no longer is, not by resolving or handing back:
   * released to the queue, or transferred (`transferredTo` names where, when this agent did it).
   */
  onLeftMe(client: ConversationClient, transferredTo: string | null): void;
  /** The socket was refused before opening: the workspace checks the session. */
  onRefused(): void;
}

/**
 * One open conversation: its socket, its merged log, the replies and notes
 * not yet acknowledged, and what the other side is doing. Survives
 * reconnects by resuming from the last gap-free seq; lives until closed.
 */
export class ConversationClient extends Observable {
  readonly id: string;
  readonly sync: MessageSync;
  readonly typing = new RemoteTyping(() => this.changed());
  readonly transfer = new TransferState();
  /** What the queue knew: the briefing's source until a real briefing exists. */
  entry: QueueEntry | null;
  /** The server's context packet: sent on connect once handed off, and again whenever it is rebuilt. */
  briefing: Briefing | null = null;
  state: ConversationState | null = null;
  agent: AgentRef | null = null;
  reason: string | null = null;
  link: LinkStatus = "connecting";
  unread = 0;
  /** The last refusal or failure, as a sentence for a banner. */
  error: string | null = null;
  /** The reply being written, kept per conversation (and across reloads) so switching away loses nothing. */
  draft = "";
  /** An AI answer being streamed, shown until the whole message lands. */
  aiDraft = "";
  /** Taken from the Follow-up list: the visitor left an email and may be gone (replies are emailed then). */
  followupEmail: string | null = null;
  private aiTurn: string | null = null;
  private refusedError = false;
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
    this.sync = new MessageSync(me, { send: (frame) => this.socket.send(frame), onStored: (message, live) => this.stored(message, live) });
    this.socket = new LiveSocket({
      path: () => socketPath(`/conversations/${encodeURIComponent(id)}?after=${this.sync.messages.contiguousSeq}`),
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

  get messages() {
    return this.sync.messages;
  }

  get outbox() {
    return this.sync.outbox;
  }

  get loaded(): boolean {
    return this.sync.loaded;
  }

  /** Assigned to this agent: only then may it write to the visitor, resolve, hand back or transfer. */
  get isMine(): boolean {
    return this.state === "assigned" && this.agent?.id === this.me.id;
  }

  get reasonText(): string | null {
    return this.reason ?? this.entry?.reason ?? null;
  }

  /** A reply to the visitor, or (`note`) a private note only agents see. */
  reply(text: string, kind: PendingKind = "reply"): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    if (kind === "reply") this.ownTyping.stop();
    this.sync.add(trimmed, kind);
    this.changed();
  }

  retry(clientId: string): void {
    this.sync.retry(clientId);
    this.changed();
  }

  discard(clientId: string): void {
    this.outbox.remove(clientId);
    this.changed();
  }

  /** Called on every keystroke in the reply box; `notify` re-renders (for text put there by code). */
  setDraft(text: string, notify = false, typing = true): void {
    this.draft = text;
    saveDraft(this.me.id, this.id, text);
    if (text.trim() && typing) this.ownTyping.input();
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

  /** To a team's queue or straight to a teammate, with a private note; `label` is how the toast names the target. */
  moveTo(to: TransferTarget, note: string, label: string): void {
    this.ownTyping.stop();
    if (!this.socket.send({ type: "transfer", to, note })) {
      this.transfer.begin(label);
      this.transfer.fail("You are offline. Try again once the conversation reconnects.");
    } else this.transfer.begin(label);
    this.changed();
  }

  cancelTransfer(): void {
    this.transfer.reset();
    this.changed();
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

  private onLink(status: LinkStatus): void {
    this.link = status;
    if (status !== "online") {
      this.sync.unsend();
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
        this.sync.welcome(frame.lastSeq);
        this.moved(frame.state, frame.agent);
        break;
      case "history":
        this.sync.history(frame.messages);
        break;
      case "message":
        this.sync.message(frame.message);
        break;
      case "ack":
        this.sync.ack(frame);
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
        if (frame.reason) this.reason = frame.reason;
        if (frame.state !== "bot") this.aiDraft = "";
        this.moved(frame.state, frame.agent);
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

  /** A new state; tells the workspace when the conversation stopped being this agent's without them finishing it. */
  private moved(state: ConversationState, agent: AgentRef | null): void {
    const wasMine = this.isMine;
    this.state = state;
    this.agent = agent;
    if (!wasMine || this.isMine) return;
    if (state === "queued" || state === "assigned") this.events.onLeftMe(this, this.transfer.finish());
    else this.transfer.reset();
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

  private stored(message: ChatMessage, live: boolean): void {
    if (message.role === "ai") this.aiDraft = "";
    if (message.role === "visitor") this.typing.clear();
    const fromOthers = message.role === "visitor" || ((message.role === "agent" || message.role === "note") && message.authorId !== this.me.id);
    if (live && fromOthers) this.events.onIncoming(this, message);
  }

  private onError(frame: ServerFrameOf<"error">): void {
    if (this.sync.refused(frame.ref, frame.message)) return;
    if (frame.ref === "transfer" && this.transfer.current) {
      this.transfer.fail(sentence(frame.message));
      return;
    }
    this.error = sentence(frame.message);
  }
}
