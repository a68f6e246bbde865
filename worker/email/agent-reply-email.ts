import { z } from "zod";
import { readConfig } from "../config.ts";
import type { Env } from "../env.ts";
import { MAX_TEXT_CHARS } from "../protocol/index.ts";
import { readEmailConfig, type EmailConfig } from "./email-config.ts";
import { replyAddress, MAX_REPLY_ID_BYTES } from "./reply-address.ts";
import { replyHtml, replyText } from "./reply-body.ts";
import { issueResumeToken, resumeUrl } from "./resume-link.ts";
import { EmailSendError, sendThroughBinding } from "./send-email.ts";

/**
 * An agent's reply to a follow-up ticket, emailed to the visitor: subject
 * "Re: your question to <site>", the reply, the question it answers, a link
 * that reopens the conversation, and (with EMAIL_REPLY_DOMAIN) a Reply-To
 * that brings the visitor's answer back into it. Every email of a
 * conversation names the same thread root in In-Reply-To/References, so mail
 * clients keep them in one thread. Message-ID itself is the service's to set
 * (a Message-ID header is refused with E_HEADER_NOT_ALLOWED): the id it
 * returns is what a later email should reference.
 */

/**
 * A Message-ID as a header carries it, `<left@right>`, brackets added when
 * the id came without them; anything else is null. Threading is a courtesy:
 * an id that is not usable is left out of the headers, never a reason to
 * refuse the email.
 */
function messageId(id: string | undefined): string | null {
  const bracketed = id?.trim().replace(/^([^<].*[^>])$/, "<$1>");
  return bracketed && bracketed.length <= 250 && /^<[^<>\s@]+@[^<>\s@]+>$/.test(bracketed) ? bracketed : null;
}
/** One line of display text: a name, a site name. */
const Line = z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/, "must be one line");

export const AgentReplyInput = z.object({
  // Conversation ids are base64url; they go into a msg-id and a reply address.
  conversationId: z.string().regex(/^[A-Za-z0-9_-]+$/).max(MAX_REPLY_ID_BYTES),
  site: z.object({ id: z.string().min(1).max(64), name: Line, allowedOrigins: z.array(z.string()) }),
  visitor: z.object({ email: z.email(), name: Line.optional() }),
  agentName: Line,
  reply: z.string().trim().min(1, "the reply is empty").max(MAX_TEXT_CHARS),
  lastQuestion: z.string().trim().max(MAX_TEXT_CHARS).nullable(),
  /** The conversation's `page.url`: where the link reopens it, if that page is on the site. */
  pageUrl: z.string().max(2048).nullable(),
  /** Earlier emails of this conversation, so the new one threads under them. */
  thread: z
    .object({
      /** The email this one answers: the visitor's last email reply, else the last reply sent. */
      inReplyTo: z.string().max(1000).optional(),
      references: z.array(z.string().max(1000)).max(50).default([]),
    })
    .default({ references: [] }),
});
export type AgentReplyInput = z.input<typeof AgentReplyInput>;

/** Beyond the root, this many of the latest references are kept (a header holds at most 2,048 bytes). */
const MAX_REFERENCES = 8;

export interface ComposedReply {
  message: EmailMessageBuilder;
  resumeUrl: string | null;
  resumeExpiresAt: number | null;
  replyTo: string | null;
}

type Sending = Extract<EmailConfig["sending"], { on: true }>;

/** The thread every email of a conversation hangs under, though no email carries it as its own Message-ID. */
export function threadRoot(conversationId: string, domain: string): string {
  return `<conversation.${conversationId}@${domain}>`;
}

function threadHeaders(root: string, thread: z.output<typeof AgentReplyInput>["thread"]): Record<string, string> {
  const inReplyTo = messageId(thread.inReplyTo) ?? root;
  const known = thread.references.map(messageId).filter((id) => id !== null);
  const later = [...new Set([...known, inReplyTo])].filter((id) => id !== root);
  return { "In-Reply-To": inReplyTo, References: [root, ...later.slice(-MAX_REFERENCES)].join(" ") };
}

/** Builds the email (no sending): the binding's documented EmailMessageBuilder shape. */
export async function composeAgentReply(
  sending: Sending,
  config: Pick<EmailConfig, "replies" | "resumeTtlMs" | "publicUrl">,
  secret: string,
  input: z.output<typeof AgentReplyInput>,
  now = Date.now(),
): Promise<ComposedReply> {
  const grant = { conversationId: input.conversationId, siteId: input.site.id };
  const resume = await issueResumeToken(secret, grant, config.resumeTtlMs, now);
  const url = resumeUrl({ pageUrl: input.pageUrl, allowedOrigins: input.site.allowedOrigins, publicUrl: config.publicUrl }, resume.token);
  const replyTo = config.replies.on ? await replyAddress(secret, config.replies.domain, input.conversationId) : null;
  const domain = config.replies.on ? config.replies.domain : sending.from.slice(sending.from.lastIndexOf("@") + 1);
  const body = {
    visitorName: input.visitor.name ?? null,
    agentName: input.agentName,
    siteName: input.site.name,
    reply: input.reply,
    lastQuestion: input.lastQuestion || null,
    resume: url ? { url, days: Math.max(1, Math.round(config.resumeTtlMs / 86_400_000)) } : null,
    repliesByEmail: replyTo !== null,
  };
  const message: EmailMessageBuilder = {
    from: { email: sending.from, name: sending.fromName ?? `${input.agentName} from ${input.site.name}` },
    to: input.visitor.email,
    subject: `Re: your question to ${input.site.name}`,
    text: replyText(body),
    html: replyHtml(body),
    headers: threadHeaders(threadRoot(input.conversationId, domain), input.thread),
    ...(replyTo ? { replyTo: { email: replyTo, name: input.site.name } } : {}),
  };
  return { message, resumeUrl: url, resumeExpiresAt: url ? resume.expiresAt : null, replyTo };
}

/**
 * Emails an agent's reply to the visitor and returns the Message-ID the
 * service gave it (keep it: the next email's `thread.references`). Throws
 * EmailSendError: `invalid_input` for input outside AgentReplyInput,
 * `email_off` when sending is not configured, the service's E_… code when
 * it refused; `retryable` says whether an outbox should try again.
 */
export async function sendAgentReply(env: Env, input: AgentReplyInput): Promise<{ messageId: string }> {
  const context = { conversationId: input.conversationId, what: "agent reply" };
  const parsed = AgentReplyInput.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
    throw new EmailSendError(context, "invalid_input", detail, false);
  }
  const config = readEmailConfig(env);
  if (!config.sending.on) throw new EmailSendError(context, "email_off", config.sending.why, false);
  const composed = await composeAgentReply(config.sending, config, readConfig(env).AUTH_SECRET, parsed.data);
  const messageId = await sendThroughBinding(config.sending.binding, composed.message, { ...context, to: parsed.data.visitor.email });
  return { messageId };
}
