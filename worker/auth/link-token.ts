import { randomId, toBase64Url } from "./base64url.ts";

/**
 * Single-use links (invitations, password resets) carry a random token; only
 * its SHA-256 is stored, so a copy of the database opens nothing.
 */
export function newLinkToken(): string {
  return randomId(24);
}

export async function hashLinkToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return toBase64Url(new Uint8Array(digest));
}
