import { signToken, verifyToken } from "./signed-token.ts";

/**
 * A visitor token is an HMAC over the conversation id (and its site): whoever
 * holds it can open that conversation and no other.
 */
const PREFIX = "v1:visitor:";

export interface VisitorGrant {
  conversationId: string;
  siteId: string;
}

export function issueVisitorToken(secret: string, grant: VisitorGrant): Promise<string> {
  return signToken(secret, `${PREFIX}${grant.conversationId}@${grant.siteId}`);
}

/** What the token grants, or null when it is forged, malformed or of another kind. */
export async function readVisitorToken(secret: string, token: string): Promise<VisitorGrant | null> {
  const payload = await verifyToken(secret, token);
  if (!payload?.startsWith(PREFIX)) return null;
  const [conversationId, siteId, extra] = payload.slice(PREFIX.length).split("@");
  if (!conversationId || !siteId || extra !== undefined) return null;
  return { conversationId, siteId };
}
