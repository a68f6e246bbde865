import { WorkerEntrypoint } from "cloudflare:workers";

/**
 * Stands in for the Email Service `send_email` binding in tests. The local
 * simulation accepts anything (even a Message-ID header the real service
 * refuses) and keeps nothing a test can read, so this fake checks every call
 * against the documented shape instead and records what it accepted:
 * developers.cloudflare.com/email-service/api/send-emails/workers-api/ (fields,
 * error codes), …/reference/headers/ (the header allowlist and its limits),
 * …/platform/limits/ (recipients, subject, size). A malformed call fails as the
 * real service would, with an Error whose `code` names the rule. Written apart
 * from worker/email's own checks on purpose, so a mistake in one is caught by
 * the other. A recipient whose address starts with "rate-limited" or
 * "down" fails with E_RATE_LIMIT_EXCEEDED or E_INTERNAL_SERVER_ERROR, so tests
 * running in parallel choose their failure by address, never share a mode.
 */
type Recorded = { messageId: string; at: number; recipients: string[]; message: Record<string, unknown> };
const sent: Recorded[] = [];

const FIELDS = new Set(["to", "from", "subject", "html", "text", "cc", "bcc", "replyTo", "attachments", "headers"]);
const PLATFORM_HEADERS = new Set([
  "date", "message-id", "mime-version", "content-type", "content-transfer-encoding", "dkim-signature", "return-path",
  "received", "feedback-id", "tls-required", "tls-report-domain", "tls-report-submitter", "cfbl-address", "cfbl-feedback-id",
]);
const API_FIELD_HEADERS = new Set(["from", "to", "cc", "bcc", "subject", "reply-to"]);
const ALLOWED_HEADERS = new Set([
  "in-reply-to", "references", "list-unsubscribe", "list-unsubscribe-post", "list-id", "list-archive", "list-help",
  "list-owner", "list-post", "list-subscribe", "precedence", "auto-submitted", "content-language", "keywords", "comments",
  "importance", "priority", "sensitivity", "organization", "require-recipient-valid-since", "expires", "reply-by", "archived-at",
]);
const MAX_RECIPIENTS = 50;
const MAX_SUBJECT_CHARS = 998;
const MAX_HEADER_VALUE_BYTES = 2048;
const MAX_HEADERS_BYTES = 16 * 1024;
const MAX_ALLOWLISTED_HEADERS = 20;
const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const encoder = new TextEncoder();

class EmailServiceError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

function fail(code: string, message: string): never {
  throw new EmailServiceError(code, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string address, or `{ email, name }`; returns the bare address. */
function address(field: string, value: unknown): string {
  if (typeof value === "string") {
    if (!ADDRESS.test(value)) fail("E_VALIDATION_ERROR", `${field}: "${value}" is not an email address`);
    return value;
  }
  if (!isRecord(value) || typeof value.email !== "string" || typeof value.name !== "string") {
    fail("E_VALIDATION_ERROR", `${field}: expected a string or { email, name }`);
  }
  if (Object.keys(value).some((key) => key !== "email" && key !== "name")) fail("E_VALIDATION_ERROR", `${field}: only email and name`);
  if (/[\r\n]/.test(value.name)) fail("E_VALIDATION_ERROR", `${field}.name contains a line break`);
  return address(`${field}.email`, value.email);
}

function recipients(field: string, value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, index) => address(Array.isArray(value) ? `${field}[${index}]` : field, item));
}

function checkHeaders(value: unknown): void {
  if (value === undefined) return;
  if (!isRecord(value)) fail("E_VALIDATION_ERROR", "headers: expected { [name]: string }");
  let total = 0;
  let allowlisted = 0;
  for (const [name, headerValue] of Object.entries(value)) {
    const lower = name.toLowerCase();
    if (PLATFORM_HEADERS.has(lower) || lower.startsWith("arc-")) fail("E_HEADER_NOT_ALLOWED", `Header '${name}' is set by the platform`);
    if (API_FIELD_HEADERS.has(lower)) fail("E_HEADER_USE_API_FIELD", `Header '${name}' must be set via its API field`);
    const custom = lower.startsWith("x-");
    if (custom ? !/^X-[A-Za-z0-9\-_]+$/i.test(name) : !/^[A-Za-z0-9-]+$/.test(name)) fail("E_HEADER_NAME_INVALID", `Header name '${name}'`);
    if (name.length > 100) fail("E_HEADER_NAME_INVALID", `Header name '${name}' exceeds 100 bytes`);
    if (!custom && !ALLOWED_HEADERS.has(lower)) fail("E_HEADER_NOT_ALLOWED", `Header '${name}' is not on the allowlist`);
    if (typeof headerValue !== "string" || headerValue.length === 0 || /[\r\n]/.test(headerValue)) {
      fail("E_HEADER_VALUE_INVALID", `Header '${name}' must be a non-empty string without line breaks`);
    }
    const bytes = encoder.encode(headerValue).length;
    if (bytes > MAX_HEADER_VALUE_BYTES) fail("E_HEADER_VALUE_TOO_LONG", `Header '${name}' value exceeds ${MAX_HEADER_VALUE_BYTES} bytes`);
    if (!custom) allowlisted += 1;
    total += name.length + 2 + bytes + 2;
  }
  if (allowlisted > MAX_ALLOWLISTED_HEADERS) fail("E_HEADERS_TOO_MANY", `${allowlisted} allowlisted headers`);
  if (total > MAX_HEADERS_BYTES) fail("E_HEADERS_TOO_LARGE", `custom headers take ${total} bytes`);
}

/** Throws as the real service would for a call outside the documented shape. */
function check(message: unknown): { recipients: string[]; message: Record<string, unknown> } {
  if (!isRecord(message)) fail("E_VALIDATION_ERROR", "expected an EmailMessageBuilder object");
  for (const key of Object.keys(message)) if (!FIELDS.has(key)) fail("E_VALIDATION_ERROR", `unknown field "${key}"`);
  if (message.from === undefined) fail("E_FIELD_MISSING", "from");
  if (message.to === undefined) fail("E_FIELD_MISSING", "to");
  if (message.subject === undefined) fail("E_FIELD_MISSING", "subject");
  address("from", message.from);
  if (message.replyTo !== undefined) address("replyTo", message.replyTo);
  const all = ["to", "cc", "bcc"].flatMap((field) => recipients(field, message[field]));
  if (all.length === 0) fail("E_FIELD_MISSING", "to");
  if (all.length > MAX_RECIPIENTS) fail("E_TOO_MANY_RECIPIENTS", `${all.length} recipients`);
  const { subject, text, html } = message;
  if (typeof subject !== "string" || subject.trim() === "" || /[\r\n]/.test(subject) || subject.length > MAX_SUBJECT_CHARS) {
    fail("E_VALIDATION_ERROR", "subject: a non-empty line of at most 998 characters");
  }
  for (const [field, part] of [["text", text], ["html", html]] as const) {
    if (part !== undefined && typeof part !== "string") fail("E_VALIDATION_ERROR", `${field}: expected a string`);
  }
  if (!text && !html) fail("E_VALIDATION_ERROR", "a message needs text or html");
  if (message.attachments !== undefined) fail("E_VALIDATION_ERROR", "attachments: this fake does not take any");
  checkHeaders(message.headers);
  const size = encoder.encode(JSON.stringify(message)).length;
  if (size > MAX_MESSAGE_BYTES) fail("E_CONTENT_TOO_LARGE", `${size} bytes`);
  return { recipients: all, message };
}

export class FakeEmail extends WorkerEntrypoint {
  async send(message: unknown): Promise<{ messageId: string }> {
    const checked = check(message);
    if (checked.recipients.some((a) => a.startsWith("rate-limited"))) fail("E_RATE_LIMIT_EXCEEDED", "Sending rate limit reached (fake)");
    if (checked.recipients.some((a) => a.startsWith("down"))) fail("E_INTERNAL_SERVER_ERROR", "Email Service temporarily unavailable (fake)");
    const messageId = `<${crypto.randomUUID()}@fake-email.test>`;
    sent.push({ messageId, at: Date.now(), ...checked });
    return { messageId };
  }
}

/** Control surface: `GET /sent?to=<address>` lists what was accepted for that recipient. */
export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== "/sent") return new Response("not found", { status: 404 });
    const to = url.searchParams.get("to");
    return Response.json(to ? sent.filter((s) => s.recipients.includes(to)) : sent);
  },
};
