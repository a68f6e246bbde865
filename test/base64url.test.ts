import { describe, expect, it } from "vitest";
import { fromBase64Url, randomId, toBase64Url } from "../worker/auth/base64url.ts";

/** The plain definition: standard base64, then the URL-safe alphabet, no padding. */
function reference(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

describe("base64url", () => {
  it("encodes every length and byte value as the standard alphabet does, and decodes back", () => {
    for (let length = 0; length <= 40; length++) {
      for (let round = 0; round < 20; round++) {
        const bytes = crypto.getRandomValues(new Uint8Array(length));
        if (round === 0) bytes.fill(255);
        if (round === 1) bytes.fill(0);
        const encoded = toBase64Url(bytes);
        expect(encoded).toBe(reference(bytes));
        expect(fromBase64Url(encoded)).toEqual(bytes);
      }
    }
  });

  it("makes ids of the stated size from the URL-safe alphabet, different each time", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => randomId(12)));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
