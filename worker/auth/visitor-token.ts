import { signToken, verifyToken } from "./signed-token.ts";

/**
 * A visitor token is an HMAC over the conversation id, its site and an
 * expiry: whoever holds it can open that conversation and no other, until it
 * expires. Each time the widget connects it is handed a fresh one, so a
 * visitor who keeps coming back never loses the conversation, and a token
 * copied from a browser stops working once its owner has been gone too long.
 */
const PREFIX = "v2:visitor:";

export interface VisitorGrant {
  conversationId: string;
  siteId: string;
}

export interface IssuedVisitorToken {
  token: string;
  expiresAt: number;
}

export async function issueVisitorToken(secret: string, grant: VisitorGrant, ttlMs: number, now = Date.now()): Promise<IssuedVisitorToken> {
  const expiresAt = now + ttlMs;
  const token = await signToken(secret, `${PREFIX}${grant.conversationId}@${grant.siteId}@${expiresAt}`);
  return { token, expiresAt };
}

/** What the token grants, or null when it is forged, malformed, expired or of another kind. */
export async function readVisitorToken(secret: string, token: string, now = Date.now()): Promise<VisitorGrant | null> {
  const payload = await verifyToken(secret, token);
  if (!payload?.startsWith(PREFIX)) return null;
  const [conversationId, siteId, expiry, extra] = payload.slice(PREFIX.length).split("@");
  const expiresAt = Number(expiry);
  if (!conversationId || !siteId || extra !== undefined || !Number.isSafeInteger(expiresAt)) return null;
  if (expiresAt <= now) return null;
  return { conversationId, siteId };
}
