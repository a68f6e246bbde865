/**
 * One call to the Email Service binding, with its failure turned into an
 * EmailSendError that says which conversation, which recipient (masked: logs
 * are not the place for addresses) and whether trying again can help. The
 * binding throws Errors with a `code` (E_RATE_LIMIT_EXCEEDED, E_HEADER_NOT_ALLOWED…,
 * developers.cloudflare.com/email-service/api/send-emails/workers-api/#error-codes).
 */

/** Codes where the same email may go through later: limits, and the service being down. */
const RETRYABLE = new Set(["E_RATE_LIMIT_EXCEEDED", "E_DAILY_LIMIT_EXCEEDED", "E_INTERNAL_SERVER_ERROR"]);

export interface EmailSendContext {
  conversationId: string;
  /** What was being sent, for the message: "agent reply". */
  what: string;
  to: string;
}

export class EmailSendError extends Error {
  override readonly name = "EmailSendError";
  /** The service's code (E_…), or ours: email_off, invalid_input, no_message_id, binding_failed. */
  readonly code: string;
  /**
   * Whether the same call may succeed later. An outbox should retry only
   * these: a permanent failure retried would block every event behind it.
   */
  readonly retryable: boolean;
  readonly conversationId: string;

  constructor(context: Pick<EmailSendContext, "conversationId" | "what">, code: string, detail: string, retryable: boolean, cause?: unknown) {
    super(`${context.what} for conversation ${context.conversationId} not sent: ${code}: ${detail}`, cause === undefined ? {} : { cause });
    this.code = code;
    this.retryable = retryable;
    this.conversationId = context.conversationId;
  }
}

/** "an•••@example.com": enough to tell recipients apart in a log, not enough to harvest. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "•••" : `${address.slice(0, Math.min(2, at))}•••${address.slice(at)}`;
}

function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  return typeof error.code === "string" && error.code !== "" ? error.code : null;
}

/** Sends and returns the Message-ID the service assigned; throws EmailSendError. */
export async function sendThroughBinding(binding: SendEmail, message: EmailMessageBuilder, context: EmailSendContext): Promise<string> {
  let result: EmailSendResult;
  try {
    result = await binding.send(message);
  } catch (error) {
    const code = errorCode(error);
    const detail = `${error instanceof Error ? error.message : String(error)} (to ${maskAddress(context.to)})`;
    // No code means the call itself failed (network, RPC), not the service's judgement: worth another try.
    throw new EmailSendError(context, code ?? "binding_failed", detail, code === null || RETRYABLE.has(code), error);
  }
  if (typeof result?.messageId !== "string" || result.messageId === "") {
    // It may have gone out: retrying could send it twice.
    throw new EmailSendError(context, "no_message_id", "the binding answered without a messageId", false);
  }
  return result.messageId;
}
