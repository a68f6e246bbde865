import type { SocketHub } from "../durable/sockets.ts";
import type { Timers } from "../durable/timers.ts";
import type { Env } from "../env.ts";
import type { ServerFrame } from "../protocol/index.ts";
import type { Site } from "../sites/site-settings.ts";
import type { AiTurns } from "./ai-turn.ts";
import type { ConversationPatch } from "./conversation.ts";
import type { ConversationRecord } from "./conversation-record.ts";
import type { Escalation } from "./escalation.ts";
import type { MessageLog, NewMessage } from "./message-log.ts";
import type { Notice } from "./notices.ts";
import type { ConversationRouting } from "./routing.ts";
import type { ConversationEvent, Transition } from "./state-machine.ts";
import type { TranscriptSync } from "./transcript-sync.ts";

/** The parts of a conversation that its frame handlers (visitor-frames.ts, agent-frames.ts) work with. */
export interface ConversationCore {
  env: Env;
  record: ConversationRecord;
  log: MessageLog;
  hub: SocketHub;
  timers: Timers;
  sync: TranscriptSync;
  ai: AiTurns;
  escalation: Escalation;
  routing: ConversationRouting;
  /** Stores and relays a message and acks the sender; false for a duplicate clientId. Notes go to agents only. */
  post(ws: WebSocket | null, input: NewMessage): boolean;
  /** A system notice, stored and sent to everyone. */
  say(notice: Notice): void;
  /** The agent's reply `seq` goes out by email when the visitor left an address and is not connected. */
  mailIfAway(seq: number): void;
  change(event: ConversationEvent, patch: ConversationPatch): Transition;
  /** `fresh`: a visitor turn, which re-reads the version stamps so edits made elsewhere are seen now. */
  withSite(run: (site: Site) => Promise<void>, fresh?: boolean): Promise<void>;
  reply(ws: WebSocket, frame: ServerFrame): void;
}
