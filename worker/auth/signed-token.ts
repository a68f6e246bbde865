import { fromBase64Url, toBase64Url } from "./base64url.ts";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA256 of `payload` under `secret`, for MACs that must fit somewhere a token cannot (an email address). */
export async function hmacSha256(secret: string, payload: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(payload)));
}

/** `payload.mac`, both base64url; the payload is readable, not secret. */
export async function signToken(secret: string, payload: string): Promise<string> {
  return `${toBase64Url(encoder.encode(payload))}.${toBase64Url(await hmacSha256(secret, payload))}`;
}

/** The signed payload, or null when the token is malformed or its MAC does not verify. */
export async function verifyToken(secret: string, token: string): Promise<string | null> {
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return null;
  const bodyBytes = fromBase64Url(body);
  const macBytes = fromBase64Url(mac);
  if (!bodyBytes || !macBytes) return null;
  // crypto.subtle.verify compares in constant time.
  const ok = await crypto.subtle.verify("HMAC", await hmacKey(secret), macBytes, bodyBytes);
  return ok ? new TextDecoder().decode(bodyBytes) : null;
}
