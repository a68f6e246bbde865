import { describe, expect, it } from "vitest";
import { fromBase32, toBase32 } from "../../worker/email/base32.ts";
import { readReplyAddress, replyAddress, ReplyAddressError } from "../../worker/email/reply-address.ts";

const SECRET = "test-secret-that-is-long-enough-0123456789";
const DOMAIN = "reply.shop.test";
// A conversation id as POST /api/conversations makes them: 16 random bytes, base64url.
const ID = "Zq3_x-9AbCdEfGhIjKlMnO";

describe("reply addresses", () => {
  it("round-trips: the address names its conversation, fits an email local part and survives lower-casing", async () => {
    const address = await replyAddress(SECRET, DOMAIN, ID);
    expect(address).toMatch(/^reply\+[a-z2-7]+\.[a-z2-7]{16}@reply\.shop\.test$/);
    expect(address.split("@")[0]!.length).toBeLessThanOrEqual(64);
    expect(await readReplyAddress(SECRET, DOMAIN, address)).toBe(ID);
    // Some mail systems change the case of addresses; the id keeps its own case.
    expect(await readReplyAddress(SECRET, DOMAIN, address.toUpperCase())).toBe(ID);
    expect(await readReplyAddress(SECRET, DOMAIN, `<${address}>`)).toBe(ID);
  });

  it("refuses a forged address: another id with a copied MAC, a changed MAC, another secret, another domain", async () => {
    const address = await replyAddress(SECRET, DOMAIN, ID);
    const [local, domain] = address.split("@") as [string, string];
    const [idPart, mac] = local.slice("reply+".length).split(".") as [string, string];
    const otherId = toBase32(new TextEncoder().encode("Someone-elses-convers1"));
    expect(await readReplyAddress(SECRET, DOMAIN, `reply+${otherId}.${mac}@${domain}`)).toBeNull();
    const flipped = mac.slice(0, -1) + (mac.endsWith("a") ? "b" : "a");
    expect(await readReplyAddress(SECRET, DOMAIN, `reply+${idPart}.${flipped}@${domain}`)).toBeNull();
    const otherSecret = await replyAddress("another-secret-that-is-long-enough-000", DOMAIN, ID);
    expect(await readReplyAddress(SECRET, DOMAIN, otherSecret)).toBeNull();
    expect(await readReplyAddress(SECRET, DOMAIN, address.replace(DOMAIN, "evil.test"))).toBeNull();
    for (const junk of ["", "reply@reply.shop.test", `reply+${idPart}@${domain}`, `support+${idPart}.${mac}@${domain}`, `reply+${idPart}.${mac}.x@${domain}`]) {
      expect(await readReplyAddress(SECRET, DOMAIN, junk), junk).toBeNull();
    }
  });

  it("will not make an address for an id that cannot fit", async () => {
    await expect(replyAddress(SECRET, DOMAIN, "x".repeat(25))).rejects.toThrow(ReplyAddressError);
    await expect(replyAddress(SECRET, DOMAIN, "")).rejects.toThrow(ReplyAddressError);
  });
});

describe("base32", () => {
  it("round-trips every length and refuses what no bytes encode to", () => {
    for (let n = 0; n <= 24; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      expect(fromBase32(toBase32(bytes)), `length ${n}`).toEqual(bytes);
    }
    expect(fromBase32("a")).toBeNull();
    expect(fromBase32("ab1")).toBeNull();
    // "ab" has leftover bits set: a second spelling of one byte.
    expect(fromBase32("ab")).toBeNull();
    expect(fromBase32("aa")).toEqual(new Uint8Array([0]));
  });
});
