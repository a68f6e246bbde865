import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { composeAgentReply, sendAgentReply, threadRoot, type AgentReplyInput } from "../../worker/email/agent-reply-email.ts";
import { readEmailConfig } from "../../worker/email/email-config.ts";
import { readReplyAddress } from "../../worker/email/reply-address.ts";
import { readResumeToken, RESUME_FRAGMENT } from "../../worker/email/resume-link.ts";
import { EmailSendError, sendThroughBinding } from "../../worker/email/send-email.ts";
import { SHOP_ORIGIN } from "../helpers/fixtures.ts";
import { sentTo, visitorAddress } from "../helpers/email.ts";

const ID = "Zq3_x-9AbCdEfGhIjKlMnO";

function input(overrides: Partial<AgentReplyInput> = {}): AgentReplyInput {
  return {
    conversationId: ID,
    site: { id: "site-1", name: "Test Shop", allowedOrigins: [SHOP_ORIGIN] },
    visitor: { email: visitorAddress(), name: "Ana" },
    agentName: "Dana",
    reply: "Your refund for KO-1234 went out today.\nIt takes 3–5 days to arrive.",
    lastQuestion: "Where is my refund?",
    pageUrl: `${SHOP_ORIGIN}/orders/KO-1234?tab=refund#old-fragment`,
    ...overrides,
  };
}

async function sendOne(overrides: Partial<AgentReplyInput> = {}) {
  const reply = input(overrides);
  const { messageId } = await sendAgentReply(env, reply);
  const [sent, ...more] = await sentTo(reply.visitor.email);
  expect(more).toHaveLength(0);
  expect(sent?.messageId).toBe(messageId);
  return sent!.message;
}

function linkIn(text: string): URL {
  const match = /https?:\/\/\S+#baton-resume=\S+/.exec(text);
  if (!match) throw new Error(`no resume link in:\n${text}`);
  return new URL(match[0]);
}

describe("the email for an agent's reply", () => {
  it("has the subject, sender, recipient, the reply, the agent, the question quoted, the link and the reply footer", async () => {
    const message = await sendOne();
    expect(message.subject).toBe("Re: your question to Test Shop");
    expect(message.from).toEqual({ email: "support@mail.shop.test", name: "Dana from Test Shop" });
    expect(message.to).toMatch(/@visitor\.test$/);
    const text = message.text ?? "";
    expect(text).toContain("Hi Ana,");
    expect(text).toContain("Dana from Test Shop replied to your question:");
    expect(text).toContain("Your refund for KO-1234 went out today.\nIt takes 3–5 days to arrive.");
    expect(text).toContain("You asked:\n> Where is my refund?");
    expect(text).toContain("Reply to this email to answer Dana: your reply goes into the same conversation.");
    expect(text).toContain("this link works for 7 days");
    // The same words in the HTML part.
    expect(message.html).toContain("Dana from Test Shop replied to your question:");
    expect(message.html).toContain("Where is my refund?");
  });

  it("links to the page the visitor was on, with a resume token for this conversation in the fragment", async () => {
    const message = await sendOne();
    const link = linkIn(message.text ?? "");
    expect(link.origin + link.pathname + link.search).toBe(`${SHOP_ORIGIN}/orders/KO-1234?tab=refund`);
    const token = new URLSearchParams(link.hash.slice(1)).get(RESUME_FRAGMENT) ?? "";
    expect(await readResumeToken(env.AUTH_SECRET, token)).toEqual({ conversationId: ID, siteId: "site-1" });
    expect(message.html).toContain(`href="${link.href}"`);
  });

  it("never links to a page off the site's origins (the page URL came from the visitor's browser)", async () => {
    for (const pageUrl of ["https://evil.test/login", "javascript:alert(1)", `https://shop.test@evil.test/`, "not a url"]) {
      const link = linkIn((await sendOne({ pageUrl })).text ?? "");
      expect(link.origin, pageUrl).toBe(SHOP_ORIGIN);
      expect(link.pathname, pageUrl).toBe("/");
    }
    // No concrete origin (a "*" site) and no PUBLIC_URL: no link, and the footer still says how to answer.
    const message = await sendOne({ site: { id: "site-1", name: "Test Shop", allowedOrigins: ["*"] }, pageUrl: null });
    expect(message.text).not.toContain(RESUME_FRAGMENT);
    expect(message.text).toContain("Reply to this email to answer Dana");
  });

  it("escapes everything people wrote in the HTML part, and keeps the plain text as written", async () => {
    const attack = `<script>alert("x")</script><img src=x onerror='y'>&amp;`;
    const message = await sendOne({
      reply: `Try this: ${attack}`,
      agentName: `Dana <b>"the admin"</b>`,
      site: { id: "site-1", name: "Shop & <i>Co</i>", allowedOrigins: [SHOP_ORIGIN] },
      lastQuestion: `Is <a href="https://evil.test">this</a> safe?`,
      visitor: { email: visitorAddress(), name: "<svg onload=z>" },
    });
    const html = message.html ?? "";
    for (const raw of ["<script", "<img", "<b>", "<i>", "<a href=\"https://evil.test\"", "<svg", "onerror='y'"]) expect(html).not.toContain(raw);
    expect(html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;");
    expect(html).toContain("&#38;amp;");
    expect(html).toContain("Shop &#38; &#60;i&#62;Co&#60;/i&#62;");
    expect(message.text).toContain(`Try this: ${attack}`);
    expect(message.subject).toBe("Re: your question to Shop & <i>Co</i>");
  });

  it("has a Reply-To that names this conversation, and threading headers but no Message-ID (the service sets it)", async () => {
    const message = await sendOne();
    const replyTo = typeof message.replyTo === "string" ? message.replyTo : (message.replyTo?.email ?? "");
    expect(await readReplyAddress(env.AUTH_SECRET, "reply.shop.test", replyTo)).toBe(ID);
    const root = threadRoot(ID, "reply.shop.test");
    expect(message.headers).toEqual({ "In-Reply-To": root, References: root });
    const later = await sendOne({ thread: { inReplyTo: "<visitor-answer@visitor.test>", references: ["<first@fake-email.test>"] } });
    expect(later.headers).toEqual({ "In-Reply-To": "<visitor-answer@visitor.test>", References: `${root} <first@fake-email.test> <visitor-answer@visitor.test>` });
    // Ids without brackets get them; unusable ones are left out rather than refusing the email.
    const odd = await sendOne({ thread: { inReplyTo: "not an id", references: ["bare@fake-email.test", "<a b@c>", "x".repeat(300) + "@y"] } });
    expect(odd.headers).toEqual({ "In-Reply-To": root, References: `${root} <bare@fake-email.test>` });
  });

  it("says replies are not read when EMAIL_REPLY_DOMAIN is not set, and threads under the sender's domain", async () => {
    const config = readEmailConfig({ ...env, EMAIL_REPLY_DOMAIN: undefined });
    if (!config.sending.on) throw new Error(config.sending.why);
    const reply = input();
    const composed = await composeAgentReply(config.sending, config, env.AUTH_SECRET, { ...reply, thread: { references: [] }, visitor: { email: reply.visitor.email } });
    expect(composed.replyTo).toBeNull();
    expect(composed.message.replyTo).toBeUndefined();
    expect(composed.message.text).toContain("Hi,\n");
    expect(composed.message.text).toContain("Replies to this email are not read: use the link above to answer.");
    expect(composed.message.headers).toEqual({ "In-Reply-To": threadRoot(ID, "mail.shop.test"), References: threadRoot(ID, "mail.shop.test") });
  });

  it("goes through the real local Email Service simulation too", async () => {
    const config = readEmailConfig(env);
    if (!config.sending.on) throw new Error(config.sending.why);
    const composed = await composeAgentReply(config.sending, config, env.AUTH_SECRET, { ...input(), thread: { references: [] }, visitor: { email: visitorAddress() } });
    const messageId = await sendThroughBinding(env.EMAIL_SIMULATION, composed.message, { conversationId: ID, what: "agent reply", to: "x@visitor.test" });
    expect(messageId).toMatch(/^<.+@mail\.shop\.test>$/);
  });
});

describe("sending fails loudly", () => {
  async function failure(run: () => Promise<unknown>): Promise<EmailSendError> {
    const error = await run().then(() => null, (e: unknown) => e);
    if (!(error instanceof EmailSendError)) throw new Error(`expected an EmailSendError, got ${String(error)}`);
    return error;
  }

  it("refuses malformed input before calling the binding, naming every bad field", async () => {
    const visitor = { email: "not-an-address" };
    const error = await failure(() => sendAgentReply(env, input({ visitor, reply: "   ", agentName: "Dana\r\nBcc: everyone@evil.test" })));
    expect(error).toMatchObject({ code: "invalid_input", retryable: false, conversationId: ID });
    expect(error.message).toMatch(/visitor\.email/);
    expect(error.message).toMatch(/reply: the reply is empty/);
    expect(error.message).toMatch(/agentName: must be one line/);
    expect(await sentTo("not-an-address")).toHaveLength(0);
  });

  it("says sending is off, and why, when EMAIL_FROM is not set", async () => {
    const error = await failure(() => sendAgentReply({ ...env, EMAIL_FROM: undefined }, input()));
    expect(error).toMatchObject({ code: "email_off", retryable: false });
    expect(error.message).toMatch(/EMAIL_FROM is not set/);
  });

  it("passes on the service's code, with the conversation and a masked recipient, and whether to retry", async () => {
    const limited = await failure(() => sendAgentReply(env, input({ visitor: { email: visitorAddress("rate-limited") } })));
    expect(limited).toMatchObject({ code: "E_RATE_LIMIT_EXCEEDED", retryable: true, conversationId: ID });
    expect(limited.message).toMatch(/agent reply for conversation Zq3_x-9AbCdEfGhIjKlMnO not sent/);
    expect(limited.message).toMatch(/to ra•••@visitor\.test/);
    const down = await failure(() => sendAgentReply(env, input({ visitor: { email: visitorAddress("down") } })));
    expect(down).toMatchObject({ code: "E_INTERNAL_SERVER_ERROR", retryable: true });
  });

  it("a call outside the documented shape is refused by the binding, not retried", async () => {
    const message: EmailMessageBuilder = {
      from: "support@mail.shop.test",
      to: visitorAddress(),
      subject: "Re: your question",
      text: "hello",
      headers: { "Message-ID": "<mine@mail.shop.test>" },
    };
    const context = { conversationId: ID, what: "agent reply", to: "x@visitor.test" };
    const error = await failure(() => sendThroughBinding(env.EMAIL!, message, context));
    expect(error).toMatchObject({ code: "E_HEADER_NOT_ALLOWED", retryable: false });
    const noBody = await failure(() => sendThroughBinding(env.EMAIL!, { ...message, headers: {}, text: "" }, context));
    expect(noBody).toMatchObject({ code: "E_VALIDATION_ERROR", retryable: false });
  });
});
