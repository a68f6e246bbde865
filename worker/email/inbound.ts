import PostalMime, { type Email } from "postal-mime";
import { toBase64Url } from "../auth/base64url.ts";
import { readConfig } from "../config.ts";
import type { Env } from "../env.ts";
import { MAX_TEXT_CHARS } from "../protocol/index.ts";
import { readEmailConfig } from "./email-config.ts";
import { htmlToText } from "./html-text.ts";
import { readReplyAddress } from "./reply-address.ts";
import { replyTextOf } from "./reply-text.ts";

/**
 * A visitor's answer by email, back into their conversation. Email Routing
 * hands the Worker's email() handler each message to reply+…@EMAIL_REPLY_DOMAIN;
 * the address names the conversation and carries a MAC (reply-address.ts),
 * so a forged or guessed address is refused before anything is parsed. The
 * new text is taken from the message (quoted history and signature left
 * out) and handed to `deliver`, which stores it in the conversation.
 *
 * Refusals are permanent (setReject: the sender gets a bounce saying why).
 * A failure that may pass (the conversation could not be reached) is thrown:
 * Email Routing then answers with a temporary error and the sender's server
 * tries again later, and `clientId` keeps a second delivery from being stored
 * twice. Automatic replies (out-of-office) are dropped without a bounce, so
 * two robots never answer each other.
 */

export interface InboundEmailReply {
  conversationId: string;
  /** The sender's address, from the From header (the envelope sender when it has none). */
  from: string;
  fromName: string | null;
  /** What the visitor wrote, without the quoted history; never empty, at most MAX_TEXT_CHARS. */
  text: string;
  /** Stable for one email ("email:" + a hash of its Message-ID): store the message idempotently with it. */
  clientId: string;
  /** The email's Message-ID, for the next email's thread.inReplyTo; null if it had none. */
  messageId: string | null;
  receivedAt: number;
}

/** What the conversation said: `ok: false` bounces the email with `reason` (no such conversation, closed for replies…). */
export type EmailReplyResult = { ok: true } | { ok: false; reason: string };

/** What the conversation Durable Object implements to take email replies. */
export interface EmailReplyTarget {
  emailReply(reply: InboundEmailReply): Promise<EmailReplyResult>;
}

export type DeliverEmailReply = (reply: InboundEmailReply) => Promise<EmailReplyResult>;

export type InboundOutcome =
  | { status: "delivered"; conversationId: string }
  | { status: "rejected"; reason: string }
  | { status: "dropped"; reason: string };

const TRUNCATED = "\n[…the rest of this email was cut]";

function reject(message: ForwardableEmailMessage, reason: string): InboundOutcome {
  message.setReject(reason);
  return { status: "rejected", reason };
}

/** RFC 3834 and the headers common autoresponders set instead. */
function automatic(headers: Headers): string | null {
  const submitted = headers.get("auto-submitted")?.trim().toLowerCase();
  if (submitted && submitted !== "no") return `Auto-Submitted: ${submitted}`;
  const precedence = headers.get("precedence")?.trim().toLowerCase();
  if (precedence && ["bulk", "junk", "list", "auto_reply"].includes(precedence)) return `Precedence: ${precedence}`;
  for (const name of ["x-autoreply", "x-autorespond", "x-auto-response-suppress"]) {
    if (headers.has(name)) return name;
  }
  return null;
}

async function clientIdOf(email: Email, fallback: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(email.messageId ?? fallback));
  return `email:${toBase64Url(new Uint8Array(digest).slice(0, 18))}`;
}

async function newText(email: Email): Promise<string> {
  // Most clients send a plain part; for those that send only HTML, its text.
  const text = replyTextOf(email.text ?? (email.html ? await htmlToText(email.html) : ""));
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS - TRUNCATED.length).trimEnd() + TRUNCATED : text;
}

/** Handles one inbound message; says what it did (the caller may log it). */
export async function handleInboundEmail(message: ForwardableEmailMessage, env: Env, deliver: DeliverEmailReply): Promise<InboundOutcome> {
  const config = readEmailConfig(env);
  if (!config.replies.on) return reject(message, "this address does not accept email");
  if (message.rawSize > config.maxInboundBytes) {
    return reject(message, `message too large: ${message.rawSize} bytes, the limit is ${config.maxInboundBytes}; please send a shorter reply without attachments`);
  }
  const conversationId = await readReplyAddress(readConfig(env).AUTH_SECRET, config.replies.domain, message.to);
  if (!conversationId) return reject(message, `unknown recipient ${message.to}`);
  const robot = automatic(message.headers);
  if (robot) return { status: "dropped", reason: `automatic reply (${robot})` };
  let email: Email;
  try {
    // Limits well under postal-mime's defaults: a reply is a few lines, not a nested archive.
    email = await PostalMime.parse(message.raw, { maxNestingDepth: 32, maxHeadersSize: 256 * 1024, maxRfc822NestingDepth: 1 });
  } catch (error) {
    return reject(message, `the message could not be read as email (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = await newText(email);
  if (!text) return reject(message, "no reply text was found above the quoted message; please write your answer at the top");
  const sender = email.from?.address ? email.from : { address: message.from, name: "" };
  const reply: InboundEmailReply = {
    conversationId,
    from: sender.address ?? message.from,
    fromName: sender.name || null,
    text,
    clientId: await clientIdOf(email, `${message.from}\n${text}`),
    messageId: email.messageId ?? null,
    receivedAt: Date.now(),
  };
  const result = await deliver(reply);
  if (!result.ok) return reject(message, result.reason);
  return { status: "delivered", conversationId };
}
