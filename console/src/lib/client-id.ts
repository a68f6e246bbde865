/** A random idempotency key for a reply: retried sends reuse it, so the server stores the reply once. */
export function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let out = "c_";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}
