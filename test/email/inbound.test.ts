import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../worker/index.ts";
import { handleInboundEmail, type InboundEmailReply } from "../../worker/email/inbound.ts";
import { replyAddress } from "../../worker/email/reply-address.ts";
import { claimedConversation, createAgent, createSite } from "../helpers/fixtures.ts";
import { inboundMessage, rawEmail } from "../helpers/email.ts";

const DOMAIN = "reply.shop.test";
const ID = "Zq3_x-9AbCdEfGhIjKlMnO";

const QUOTED_REPLY = {
  text: "Yes — it is order KO-1234.\r\nThanks!\r\n\r\n-- \r\nAna Visitor\r\n\r\nOn Tue, 1 Dec 2026 at 10:00, Dana from Test Shop <reply+x.y@reply.shop.test> wrote:\r\n> Could you send me your order number?\r\n> Dana",
  html: "<div>Yes — it is order KO-1234.<br>Thanks!</div><blockquote>Could you send me your order number?</blockquote>",
};

/** A reply from Ana to `to`, run through handleInboundEmail with a recording deliver. */
async function receive(to: string, parts: Partial<Parameters<typeof rawEmail>[0]> = QUOTED_REPLY, rawSize?: number) {
  const raw = rawEmail({ from: "Ana Visitor <ana@visitor.test>", to, ...parts });
  const { message, rejections, wasRead } = inboundMessage(raw, { from: "bounces+ana@visitor.test", to, ...(rawSize ? { rawSize } : {}) });
  const delivered: InboundEmailReply[] = [];
  const outcome = await handleInboundEmail(message, env, async (reply) => {
    delivered.push(reply);
    return { ok: true };
  });
  return { outcome, rejections, delivered, read: wasRead() };
}

describe("a visitor's email reply", () => {
  it("delivers the new text of a multipart reply, quote and signature left out, for the conversation its address names", async () => {
    const { outcome, rejections, delivered } = await receive(await replyAddress(env.AUTH_SECRET, DOMAIN, ID));
    expect(rejections).toEqual([]);
    expect(outcome).toEqual({ status: "delivered", conversationId: ID });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ conversationId: ID, from: "ana@visitor.test", fromName: "Ana Visitor", text: "Yes — it is order KO-1234.\nThanks!" });
    expect(delivered[0]?.clientId).toMatch(/^email:[A-Za-z0-9_-]{24}$/);
    expect(delivered[0]?.messageId).toMatch(/^<.+@visitor\.test>$/);
  });

  it("takes the HTML as text when there is no plain part", async () => {
    const to = await replyAddress(env.AUTH_SECRET, DOMAIN, ID);
    // The quote is marked only by the HTML (no "On … wrote:" line to cut at).
    const html = `<div dir="ltr">Blue, <b>size M</b> &amp; soon\n please.<br>Ana</div><br><blockquote type="cite"><div>Which colour?</div></blockquote>`;
    const { delivered } = await receive(to, { html });
    expect(delivered[0]?.text).toBe("Blue, size M & soon please.\nAna");
  });

  it("refuses a forged or unknown address, without delivering or even parsing", async () => {
    const real = await replyAddress(env.AUTH_SECRET, DOMAIN, ID);
    const forged = real.replace(/\.([a-z2-7])/, (_, c: string) => `.${c === "a" ? "b" : "a"}`);
    for (const to of [forged, `support@${DOMAIN}`, real.replace(DOMAIN, "elsewhere.test")]) {
      const { outcome, rejections, delivered, read } = await receive(to);
      expect(outcome.status, to).toBe("rejected");
      expect(rejections, to).toEqual([`unknown recipient ${to}`]);
      expect(delivered, to).toHaveLength(0);
      expect(read, to).toBe(false);
    }
    expect((await receive(real)).read).toBe(true);
  });

  it("refuses an oversized message with its size and the limit", async () => {
    const { rejections, delivered } = await receive(await replyAddress(env.AUTH_SECRET, DOMAIN, ID), QUOTED_REPLY, 3 * 1024 * 1024);
    expect(rejections[0]).toMatch(/^message too large: 3145728 bytes, the limit is 2097152/);
    expect(delivered).toHaveLength(0);
  });

  it("refuses a reply with nothing above the quote, and drops out-of-office answers without a bounce", async () => {
    const to = await replyAddress(env.AUTH_SECRET, DOMAIN, ID);
    const empty = await receive(to, { text: "On Tue, 1 Dec 2026, Dana wrote:\n> Could you send me your order number?" });
    expect(empty.rejections[0]).toMatch(/no reply text was found/);
    const robot = await receive(to, { text: "I am out of the office until Monday.", headers: { "Auto-Submitted": "auto-replied" } });
    expect(robot.outcome).toEqual({ status: "dropped", reason: "automatic reply (Auto-Submitted: auto-replied)" });
    expect(robot.rejections).toEqual([]);
    expect(robot.delivered).toHaveLength(0);
  });

  it("cuts a reply longer than a chat message, and says so", async () => {
    const { delivered } = await receive(await replyAddress(env.AUTH_SECRET, DOMAIN, ID), { text: "word ".repeat(2000) });
    expect(delivered[0]?.text.length).toBeLessThanOrEqual(4000);
    expect(delivered[0]?.text).toMatch(/the rest of this email was cut]$/);
  });

  it("refuses every email when EMAIL_REPLY_DOMAIN is not set", async () => {
    const to = await replyAddress(env.AUTH_SECRET, DOMAIN, ID);
    const { message, rejections } = inboundMessage(rawEmail({ from: "ana@visitor.test", to, text: "hi" }), { from: "ana@visitor.test", to });
    const outcome = await handleInboundEmail(message, { ...env, EMAIL_REPLY_DOMAIN: undefined }, () => Promise.reject(new Error("not reached")));
    expect(outcome.status).toBe("rejected");
    expect(rejections).toEqual(["this address does not accept email"]);
  });
});

describe("the Worker's email() handler", () => {
  it("lands the reply in the conversation, where the agent sees it live, once even if the email comes twice", async () => {
    const siteId = await createSite();
    const agent = await createAgent("Dana");
    const { visitor, agentView } = await claimedConversation(siteId, agent);
    const to = await replyAddress(env.AUTH_SECRET, DOMAIN, visitor.conversationId);
    const raw = rawEmail({ from: "Ana <ana@visitor.test>", to, messageId: "<once@visitor.test>", ...QUOTED_REPLY });
    const first = inboundMessage(raw, { from: "ana@visitor.test", to });
    await worker.email(first.message, env);
    expect(first.rejections).toEqual([]);
    const message = await agentView.message((m) => m.role === "visitor" && m.text.includes("KO-1234"));
    expect(message.text).toBe("Yes — it is order KO-1234.\nThanks!");
    await visitor.socket.message((m) => m.seq === message.seq);

    const again = inboundMessage(raw, { from: "ana@visitor.test", to });
    await worker.email(again.message, env);
    await agentView.settle();
    expect(agentView.messages().filter((m) => m.text.includes("KO-1234"))).toHaveLength(1);
  });

  it("bounces a reply to a conversation that does not exist, with the reason", async () => {
    const to = await replyAddress(env.AUTH_SECRET, DOMAIN, "NeverStartedConvers000");
    const { message, rejections } = inboundMessage(rawEmail({ from: "ana@visitor.test", to, text: "Hello?" }), { from: "ana@visitor.test", to });
    await worker.email(message, env);
    expect(rejections).toEqual(["this conversation no longer exists"]);
  });
});
