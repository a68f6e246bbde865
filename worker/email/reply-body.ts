/**
 * The words of an agent's reply by email, as plain text and as simple HTML.
 * Everything that came from a person (the reply, the question, the names)
 * is untrusted in HTML and escaped; links are built by us and escaped too.
 * No images, scripts or remote styles: it reads the same in every client.
 */
export interface ReplyBody {
  visitorName: string | null;
  agentName: string;
  siteName: string;
  reply: string;
  /** The visitor's last message before the reply, quoted so they remember what they asked. */
  lastQuestion: string | null;
  resume: { url: string; days: number } | null;
  /** Whether answering the email reaches the agent (EMAIL_REPLY_DOMAIN is set). */
  repliesByEmail: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function greeting(body: ReplyBody): string {
  return body.visitorName ? `Hi ${body.visitorName},` : "Hi,";
}

function intro(body: ReplyBody): string {
  return `${body.agentName} from ${body.siteName} replied to your question:`;
}

function days(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}

function footer(body: ReplyBody): string {
  if (body.repliesByEmail) return `Reply to this email to answer ${body.agentName}: your reply goes into the same conversation.`;
  return body.resume
    ? "Replies to this email are not read: use the link above to answer."
    : `Replies to this email are not read: to answer, start a new conversation on the ${body.siteName} website.`;
}

export function replyText(body: ReplyBody): string {
  const parts = [greeting(body), intro(body), body.reply.trim()];
  if (body.lastQuestion) {
    const quoted = body.lastQuestion.trim().split(/\r?\n/).map((line) => `> ${line}`).join("\n");
    parts.push(`You asked:\n${quoted}`);
  }
  if (body.resume) parts.push(`Continue the conversation (this link works for ${days(body.resume.days)}):\n${body.resume.url}`);
  // "-- " marks the footer as a signature, which mail clients leave out when quoting.
  parts.push(`-- \n${footer(body)}`);
  return `${parts.join("\n\n")}\n`;
}

/** Escaped, with line breaks kept. */
function paragraphHtml(text: string): string {
  return escapeHtml(text.trim()).replace(/\r?\n/g, "<br>\n");
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933";

export function replyHtml(body: ReplyBody): string {
  const question = body.lastQuestion
    ? `<p style="margin:16px 0 4px;color:#52606d">You asked:</p>
<blockquote style="margin:0;padding:0 0 0 12px;border-left:3px solid #cbd2d9;color:#52606d">${paragraphHtml(body.lastQuestion)}</blockquote>`
    : "";
  const link = body.resume
    ? `<p style="margin:24px 0"><a href="${escapeHtml(body.resume.url)}" style="display:inline-block;padding:10px 18px;background:#1f6f50;color:#ffffff;text-decoration:none;border-radius:6px">Continue the conversation</a></p>
<p style="margin:0;font-size:13px;color:#7b8794">This link works for ${days(body.resume.days)}.</p>`
    : "";
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:24px;${FONT}">
<p style="margin:0 0 12px">${escapeHtml(greeting(body))}</p>
<p style="margin:0 0 12px">${escapeHtml(intro(body))}</p>
<div style="margin:0 0 12px;padding:12px 16px;background:#f5f7fa;border-radius:6px">${paragraphHtml(body.reply)}</div>
${question}
${link}
<p style="margin:24px 0 0;padding-top:12px;border-top:1px solid #e4e7eb;font-size:13px;color:#7b8794">${escapeHtml(footer(body))}</p>
</body></html>
`;
}
