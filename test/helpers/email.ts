import { env } from "cloudflare:workers";

/** One email the fake Email Service accepted (test/fakes/fake-email.ts). */
export interface SentEmail {
  messageId: string;
  recipients: string[];
  message: {
    from: { email: string; name: string } | string;
    to: string;
    subject: string;
    text?: string;
    html?: string;
    replyTo?: { email: string; name: string } | string;
    headers?: Record<string, string>;
  };
}

/** Everything the fake accepted for `to`, oldest first. */
export async function sentTo(to: string): Promise<SentEmail[]> {
  return (await env.FAKE_EMAIL.fetch(`http://fake-email/sent?to=${encodeURIComponent(to)}`)).json();
}

let counter = 0;
/** A visitor address no other test uses; `prefix` "rate-limited" or "down" makes the fake fail. */
export function visitorAddress(prefix = "visitor"): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomUUID().slice(0, 8)}@visitor.test`;
}

export interface RawEmailParts {
  from: string;
  to: string;
  subject?: string;
  messageId?: string;
  text?: string;
  html?: string;
  headers?: Record<string, string>;
}

/** An RFC 5322 message as a mail client sends it: multipart/alternative when it has both parts, CRLF line ends. */
export function rawEmail(parts: RawEmailParts): string {
  const head = [
    `From: ${parts.from}`,
    `To: ${parts.to}`,
    `Subject: ${parts.subject ?? "Re: your question to Test Shop"}`,
    `Message-ID: ${parts.messageId ?? `<${crypto.randomUUID()}@visitor.test>`}`,
    "Date: Tue, 01 Dec 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    ...Object.entries(parts.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  const part = (type: string, body: string) => `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}`;
  let body: string;
  if (parts.text !== undefined && parts.html !== undefined) {
    const boundary = "b-" + crypto.randomUUID();
    head.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
    body = `--${boundary}\r\n${part("text/plain", parts.text)}\r\n--${boundary}\r\n${part("text/html", parts.html)}\r\n--${boundary}--\r\n`;
    return `${head.join("\r\n")}\r\n\r\n${body.replace(/\r?\n/g, "\r\n")}`;
  }
  const [type, content] = parts.html !== undefined ? ["text/html", parts.html] : ["text/plain", parts.text ?? ""];
  head.push(`Content-Type: ${type}; charset=utf-8`);
  return `${head.join("\r\n")}\r\n\r\n${content.replace(/\r?\n/g, "\r\n")}`;
}

/** The header section of a raw message as Headers (folded lines joined), as Email Routing exposes it. */
function headersOf(raw: string): Headers {
  const section = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const headers = new Headers();
  for (const line of section.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** A message as the email() handler receives it from Email Routing, recording what the handler did with it. */
export function inboundMessage(raw: string, envelope: { from: string; to: string; rawSize?: number }) {
  const bytes = new TextEncoder().encode(raw);
  const rejections: string[] = [];
  let read = false;
  const refuse = async (): Promise<never> => {
    throw new Error("forward and reply are not used by the email handler");
  };
  const message: ForwardableEmailMessage = {
    from: envelope.from,
    to: envelope.to,
    headers: headersOf(raw),
    raw: new ReadableStream<Uint8Array>({
      pull(controller) {
        read = true;
        controller.enqueue(bytes);
        controller.close();
      },
      // Nothing is pulled before someone reads.
    }, { highWaterMark: 0 }),
    rawSize: envelope.rawSize ?? bytes.length,
    canBeForwarded: true,
    setReject: (reason: string) => void rejections.push(reason),
    forward: refuse,
    reply: refuse,
  };
  /** Whether the handler read the message body (a refused address should cost nothing). */
  const wasRead = () => read;
  return { message, rejections, wasRead };
}
