import { readConfig } from "../config.ts";
import type { Env } from "../env.ts";

export type Limited = { ok: true } | { ok: false; message: string };

/**
 * The abuse limits, with the Workers rate-limiting binding (local dev and
 * tests simulate it). A missing binding means no limit, not an error.
 */
async function allowed(limit: RateLimit | undefined, key: string): Promise<boolean> {
  if (!limit) return true;
  return (await limit.limit({ key })).success;
}

/** A visitor's message: per conversation and per address. */
export async function messageAllowed(env: Env, conversationId: string, address: string | null): Promise<Limited> {
  if (readConfig(env).ABUSE_LIMITS === "off") return { ok: true };
  if (!(await allowed(env.LIMIT_CONVERSATION_MESSAGES, `conversation:${conversationId}`))) {
    return { ok: false, message: "You're sending messages faster than we can answer them. Wait a few seconds and send it again." };
  }
  if (address && !(await allowed(env.LIMIT_ADDRESS_MESSAGES, `address:${address}`))) {
    return { ok: false, message: "Too many messages from your network right now. Wait a few seconds and send it again." };
  }
  return { ok: true };
}

/** A new conversation, per address. */
export async function startAllowed(env: Env, address: string | null): Promise<Limited> {
  if (readConfig(env).ABUSE_LIMITS === "off") return { ok: true };
  if (address && !(await allowed(env.LIMIT_ADDRESS_STARTS, `address:${address}`))) {
    return { ok: false, message: "Too many new chats from your network in the last minute. Try again shortly." };
  }
  return { ok: true };
}
