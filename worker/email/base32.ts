/**
 * RFC 4648 base32, lower case, unpadded. Used where a value must survive a
 * trip through an email address: some mail systems change the case of the
 * local part, which base64url would not survive.
 */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

export function toBase32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes, or null for text that is not canonical base32 (any case accepted). */
export function fromBase32(text: string): Uint8Array<ArrayBuffer> | null {
  const lower = text.toLowerCase();
  // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes.
  if (!/^[a-z2-7]*$/.test(lower) || [1, 3, 6].includes(lower.length % 8)) return null;
  const out = new Uint8Array(Math.floor((lower.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of lower) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so each value has exactly one spelling.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
