import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../worker/protocol/index.ts";
import { applyFrame } from "../../widget/chat/apply-frame.ts";
import { INITIAL_STATE, type ChatState } from "../../widget/chat/chat-state.ts";

/** What the wait's frames do to the widget's chat state (pure: widget/chat/apply-frame.ts). */
describe("the widget while waiting", () => {
  const queued: ChatState = { ...INITIAL_STATE, conversationId: "c1", state: "queued" };

  it("keeps the last place in line and estimate, and forgets them once a person is there", () => {
    let chat = applyFrame(queued, { type: "queue_status", position: 2, estimate: { lowMinutes: 4, highMinutes: 6 }, team: "Support" }).next;
    expect(chat.queue).toEqual({ position: 2, estimate: { lowMinutes: 4, highMinutes: 6 } });
    chat = applyFrame(chat, { type: "queue_status", position: 1, estimate: null, team: "Support" }).next;
    expect(chat.queue).toEqual({ position: 1, estimate: null });
    chat = applyFrame(chat, { type: "state", state: "assigned", agent: { id: "a", name: "Sam" }, reason: null }).next;
    expect(chat.queue).toBeNull();
  });

  it("a reconnect's welcome clears the old place until the queue says it again", () => {
    const waiting = { ...queued, queue: { position: 3, estimate: null } };
    const welcome = applyFrame(waiting, { type: "welcome", conversationId: "c1", role: "visitor", state: "queued", agent: null, lastSeq: 0 }).next;
    expect(welcome.queue).toBeNull();
  });

  it("an address the server refuses is flagged for the form; other errors are not", () => {
    const refused = applyFrame(queued, { type: "error", code: "invalid_frame", message: "email: Invalid email address", ref: "email_me" }).next;
    expect(refused.emailRefused).toBe(true);
    const other = applyFrame(queued, { type: "error", code: "forbidden", message: "no", ref: "resolve" }).next;
    expect(other.emailRefused).toBe(false);
  });

  it("system messages keep their notice key through the log", () => {
    const message: ChatMessage = {
      seq: 3,
      id: "m3",
      clientId: null,
      role: "system",
      author: null,
      authorId: null,
      text: "Sam joined the conversation.",
      at: 1,
      notice: { key: "joined", params: { name: "Sam" } },
    };
    const chat = applyFrame(queued, { type: "message", message }).next;
    expect(chat.messages.at(-1)?.notice).toEqual({ key: "joined", params: { name: "Sam" } });
  });
});
