import { hmacSha256 } from "../auth/signed-token.ts";
import { fromBase32, toBase32 } from "./base32.ts";

/**
 * Each conversation's Reply-To: `reply+<id>.<mac>@<EMAIL_REPLY_DOMAIN>`. The
 * id and an HMAC of it travel in the local part, so the email() handler knows
 * which conversation a reply belongs to without a lookup, and nobody can
 * write into a conversation whose email they never received. Both halves are
 * base32 (some mail systems lower-case addresses), and the whole local part
 * stays under RFC 5321's 64 characters: the MAC is cut to 80 bits, which an
 * attacker can only guess one delivered email at a time. `reply+` matches an
 * Email Routing rule for `reply@` once subaddressing is on.
 */
const LOCAL_PREFIX = "reply+";
const MAC_BYTES = 10;
/** Conversation ids are 22 characters (16 random bytes, base64url); 24 bytes still fit: 6 + 39 + 1 + 16 = 62 ≤ 64. */
export const MAX_REPLY_ID_BYTES = 24;

const encoder = new TextEncoder();
// workerd's SubtleCrypto has timingSafeEqual (workers-types declares it); the Node types in this tsconfig hide it.
const subtle = crypto.subtle as unknown as { timingSafeEqual(a: ArrayBufferView, b: ArrayBufferView): boolean };

export class ReplyAddressError extends Error {
  override readonly name = "ReplyAddressError";
}

function macPayload(conversationId: string): string {
  return `v1:reply:${conversationId}`;
}

async function macOf(secret: string, conversationId: string): Promise<Uint8Array<ArrayBuffer>> {
  return (await hmacSha256(secret, macPayload(conversationId))).slice(0, MAC_BYTES);
}

/** The conversation's reply address; throws ReplyAddressError for an id too long to fit in one. */
export async function replyAddress(secret: string, domain: string, conversationId: string): Promise<string> {
  const idBytes = encoder.encode(conversationId);
  if (idBytes.length === 0 || idBytes.length > MAX_REPLY_ID_BYTES) {
    throw new ReplyAddressError(`conversation id "${conversationId}" cannot be put in a reply address (1 to ${MAX_REPLY_ID_BYTES} bytes)`);
  }
  return `${LOCAL_PREFIX}${toBase32(idBytes)}.${toBase32(await macOf(secret, conversationId))}@${domain.toLowerCase()}`;
}

/**
 * The conversation a reply address names, or null when it is not one of
 * ours: another domain, another shape, or a MAC that does not verify.
 */
export async function readReplyAddress(secret: string, domain: string, address: string): Promise<string | null> {
  const bare = address.trim().replace(/^<(.*)>$/, "$1").toLowerCase();
  const at = bare.lastIndexOf("@");
  if (at < 0 || bare.slice(at + 1) !== domain.toLowerCase()) return null;
  const local = bare.slice(0, at);
  if (!local.startsWith(LOCAL_PREFIX)) return null;
  const [idPart, macPart, extra] = local.slice(LOCAL_PREFIX.length).split(".");
  if (!idPart || !macPart || extra !== undefined) return null;
  const idBytes = fromBase32(idPart);
  const mac = fromBase32(macPart);
  if (!idBytes || !mac || mac.length !== MAC_BYTES || idBytes.length > MAX_REPLY_ID_BYTES) return null;
  let conversationId: string;
  try {
    conversationId = new TextDecoder("utf-8", { fatal: true }).decode(idBytes);
  } catch {
    return null;
  }
  // The MAC is truncated, so crypto.subtle.verify cannot compare it; timingSafeEqual does, in constant time.
  const expected = await macOf(secret, conversationId);
  return subtle.timingSafeEqual(expected, mac) ? conversationId : null;
}
