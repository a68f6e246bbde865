import { MAX_TEXT_CHARS } from "../../worker/protocol/limits.ts";
import { contiguousSeq } from "../../worker/protocol/message-merge.ts";
import type { ClientFrame, ServerFrame } from "../../worker/protocol/index.ts";
import type { VisitorProfile } from "../shared/contract.ts";
import { applyFrame } from "./apply-frame.ts";
import { INITIAL_STATE, type ChatState, type ConnectionStatus } from "./chat-state.ts";
import { openConnection, reconnectDelay, type Connection } from "./connection.ts";
import { startConversation } from "./http-api.ts";
import { randomId } from "./ids.ts";
import { currentPage } from "./page-info.ts";
import { watchPage } from "./page-watch.ts";
import { forgetConversation, loadConversation, saveConversation, visitorId } from "./persistence.ts";
import { Store } from "./store.ts";
import type { TypingSignal } from "../../worker/protocol/typing-signal.ts";

export interface SessionConfig {
  site: string;
  apiBase: string;
  visitor: () => VisitorProfile;
  /** Replies that arrived while the panel was closed. */
  unread: (count: number) => void;
  /** Back from an emailed link (#baton-resume=…): that conversation is taken up instead of the stored one (null: the link failed). */
  resume: Promise<{ conversationId: string; token: string } | null> | null;
}

export interface ChatSession {
  readonly store: Store<ChatState>;
  /** The visitor typed: an agent sees it (once widget-handoff.js brought the typing signal, see typeWith). */
  keystroke(): void;
  /** Typing reaches agents only, so its signal comes with widget-handoff.js. */
  typeWith(Signal: typeof TypingSignal): void;
  /**
   * A person opening the panel starts the conversation; an automatic open
   * (data-open) waits for their first message, so page views create nothing.
   */
  setOpen(open: boolean, byPerson: boolean): void;
  send(text: string): void;
  requestHuman(): void;
  /** "Email me instead": leaves the address (and name) with the team; false when it cannot be sent now. */
  emailMe(email: string, name: string): boolean;
  /** A frame as it is (widget-handoff.js's rating); false when it cannot be sent now. */
  frame(frame: ClientFrame): boolean;
}

const SAVE_DELAY_MS = 300;

/**
 * The visitor's side of one conversation: starts it lazily, keeps the socket,
 * queues what cannot be sent yet, and remembers it all across page loads.
 * (A closure rather than a class: its state minifies, which the size budget needs.)
 */
export function createChatSession(config: SessionConfig): ChatSession {
  const store = new Store<ChatState>(INITIAL_STATE);
  let token: string | null = null;
  /** Last page URL the server was told about. */
  let pageUrl: string | null = null;
  let connection: Connection | null = null;
  let stopWatching: (() => void) | null = null;
  /** Welcomed and history replayed on the current socket: safe to send. */
  let ready = false;
  let starting = false;
  let startAttempt = 0;
  let panelOpen = false;
  let unread = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const transmit = (frame: ClientFrame): boolean => ready && !!connection?.send(frame);
  const waiting = () => panelOpen || store.get().pending.length > 0 || store.get().humanRequested;

  let typing: TypingSignal | null = null;

  function start(): void {
    if (store.get().conversationId) return connect();
    if (starting) return;
    starting = true;
    store.update({ connection: "starting" });
    const page = currentPage();
    const { name, email, tier } = config.visitor();
    const visitor = { name: name?.slice(0, 200), email: email?.slice(0, 320), tier: tier?.slice(0, 100) };
    void startConversation(config.apiBase, { siteId: config.site, visitorId: visitorId(), visitor, page }).then((result) => {
      starting = false;
      if (result.ok) {
        token = result.token;
        pageUrl = page.url;
        store.update({ conversationId: result.conversationId });
        return connect();
      }
      if (!result.retry) {
        console.error(`Baton: cannot start a chat (${result.message}); is this origin allowed for the site?`);
        return status("unavailable");
      }
      status(navigator.onLine ? "connecting" : "offline");
      if (waiting()) setTimeout(start, reconnectDelay(startAttempt++));
    });
  }

  function connect(): void {
    const { conversationId } = store.get();
    if (connection || !conversationId || !token) return;
    const base = config.apiBase.replace(/^http/, "ws");
    // Read at each (re)connect: every welcome renews the token.
    const url = () =>
      `${base}/ws/conversations/${encodeURIComponent(conversationId)}?token=${encodeURIComponent(token ?? "")}` +
      `&after=${contiguousSeq(store.get().messages)}`;
    connection = openConnection(url, { frame: receive, status, rejected: restart });
    stopWatching = watchPage(syncPage);
  }

  function status(next: ConnectionStatus): void {
    if (next === "open") return store.update({ connection: next });
    ready = false;
    // Whatever was streaming or typing is replayed (or moot) after the reconnect.
    store.update({ connection: next, streaming: null, typing: null });
  }

  function receive(frame: ServerFrame): void {
    if (frame.type === "welcome" && frame.token) {
      token = frame.token;
      save();
    }
    const outcome = applyFrame(store.get(), frame);
    store.set(outcome.next);
    if (outcome.resumeAfter !== undefined) connection?.send({ type: "resume", after: outcome.resumeAfter });
    if (frame.type === "history" && !ready) {
      ready = true;
      flush();
      syncPage();
    }
    if (outcome.arrived > 0 && !panelOpen) config.unread((unread += outcome.arrived));
  }

  /** Sends what waited for a connection, with the original clientIds so nothing is stored twice. */
  function flush(): void {
    const { pending, humanRequested } = store.get();
    for (const message of pending) {
      if (!message.error) transmit({ type: "message", clientId: message.clientId, text: message.text });
    }
    if (humanRequested) transmit({ type: "request_human" });
  }

  /** Tells the agent which page the visitor is on now, once per change. */
  function syncPage(): void {
    const page = currentPage();
    if (page.url === pageUrl || !transmit({ type: "page", page })) return;
    pageUrl = page.url;
    save();
  }

  /**
   * The server cannot open this conversation any more: start a new one,
   * keeping unsent messages. Or, with `next`, take up that one (an emailed
   * link's), keeping what is cached when it is the same.
   */
  function restart(next?: { conversationId: string; token: string }): void {
    connection?.stop();
    connection = null;
    stopWatching?.();
    ready = false;
    token = next?.token ?? null;
    if (next?.conversationId !== store.get().conversationId) {
      store.update({ conversationId: next?.conversationId ?? null, messages: [], state: "bot", agent: null, connection: "idle" });
    }
    if (next) return connect();
    forgetConversation(config.site);
    if (waiting()) start();
  }

  function save(): void {
    const { conversationId, messages, pending, state, agent } = store.get();
    if (conversationId && token) saveConversation(config.site, { conversationId, token, messages, pending, state, agent, pageUrl });
  }

  const saved = loadConversation(config.site);
  if (saved) {
    token = saved.token;
    pageUrl = saved.pageUrl;
    const { conversationId, messages, pending, state, agent } = saved;
    store.update({ conversationId, messages, pending, state, agent });
    if (!config.resume) connect();
  }
  if (config.resume) {
    // Back from an emailed link: that conversation, whatever this browser had (the stored one if the link fails).
    void config.resume.then((resumed) => (resumed ? restart(resumed) : connect()));
  }
  store.subscribe(() => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  });
  addEventListener("pagehide", save);

  return {
    store,
    keystroke: () => typing?.input(),
    typeWith(Signal) {
      typing ??= new Signal((on) => {
        // Only people read typing indicators; the AI does not.
        const { state } = store.get();
        if (state === "queued" || state === "assigned") transmit({ type: "typing", on });
      });
    },
    setOpen(open, byPerson) {
      panelOpen = open;
      if (!open) return typing?.stop();
      config.unread((unread = 0));
      if (byPerson) start();
    },
    send(text) {
      const clean = text.trim().slice(0, MAX_TEXT_CHARS);
      if (!clean) return;
      const clientId = randomId();
      const { pending } = store.get();
      // A new question supersedes the answer being streamed (the server drops it too) and answers any offer of a person.
      store.update({ pending: [...pending, { clientId, text: clean, at: Date.now() }], streaming: null, humanOffered: false });
      typing?.stop();
      if (!transmit({ type: "message", clientId, text: clean })) start();
    },
    requestHuman() {
      store.update({ humanRequested: true });
      if (!transmit({ type: "request_human" })) start();
    },
    emailMe(email, name) {
      store.update({ emailRefused: false });
      return transmit({ type: "email_me", email, ...(name ? { name } : {}) });
    },
    frame: transmit,
  };
}
