import { conversationStub } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import { handleInboundEmail, type DeliverEmailReply, type EmailReplyTarget } from "./inbound.ts";
import { maskAddress } from "./send-email.ts";

/** Replies go to the conversation's Durable Object, which stores them (ConversationDO.emailReply). */
export function deliverToConversation(env: Env): DeliverEmailReply {
  return (reply) => {
    const target: EmailReplyTarget = conversationStub(env, reply.conversationId);
    return target.emailReply(reply);
  };
}

/**
 * The Worker's `email()` export (Email Routing → this Worker). Refusals are
 * logged with the sender masked; an exception is left to escape on purpose:
 * Email Routing answers it with a temporary error, so the sender retries.
 */
export async function email(message: ForwardableEmailMessage, env: Env): Promise<void> {
  const outcome = await handleInboundEmail(message, env, deliverToConversation(env));
  if (outcome.status !== "delivered") console.log(`email from ${maskAddress(message.from)}: ${outcome.status}: ${outcome.reason}`);
}
