import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { readEmailConfig } from "../../worker/email/email-config.ts";

describe("email configuration", () => {
  it("is on with the test deployment's vars, with a week's links and a 2 MB inbound limit by default", () => {
    const config = readEmailConfig(env);
    expect(config.sending).toMatchObject({ on: true, from: "support@mail.shop.test", fromName: null });
    expect(config.replies).toEqual({ on: true, domain: "reply.shop.test" });
    expect(config.resumeTtlMs).toBe(7 * 86_400_000);
    expect(config.maxInboundBytes).toBe(2048 * 1024);
    expect(config.publicUrl).toBeNull();
  });

  it("is off, saying which setting is missing, when a var or the binding is not there (an empty var counts as unset)", () => {
    expect(readEmailConfig({ ...env, EMAIL_FROM: "" }).sending).toEqual({ on: false, why: expect.stringMatching(/^EMAIL_FROM is not set/) });
    expect(readEmailConfig({ ...env, EMAIL: undefined }).sending).toEqual({ on: false, why: expect.stringMatching(/no EMAIL binding.*\[\[send_email\]\]/) });
    expect(readEmailConfig({ ...env, EMAIL_REPLY_DOMAIN: undefined }).replies).toEqual({ on: false, why: expect.stringMatching(/^EMAIL_REPLY_DOMAIN is not set/) });
  });

  it("fails loudly, naming the variable, when one is set but malformed", () => {
    expect(() => readEmailConfig({ ...env, EMAIL_FROM: "support" })).toThrow(/EMAIL_FROM: EMAIL_FROM must be an email address/);
    expect(() => readEmailConfig({ ...env, EMAIL_REPLY_DOMAIN: "reply domain" })).toThrow(/EMAIL_REPLY_DOMAIN/);
    expect(() => readEmailConfig({ ...env, PUBLIC_URL: "javascript:alert(1)" })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
    expect(() => readEmailConfig({ ...env, EMAIL_RESUME_DAYS: "forever" })).toThrow(/EMAIL_RESUME_DAYS/);
    expect(() => readEmailConfig({ ...env, EMAIL_FROM_NAME: "Support\r\nBcc: x@evil.test" })).toThrow(/EMAIL_FROM_NAME must be one line/);
  });

  it("reads the optional vars", () => {
    const config = readEmailConfig({ ...env, EMAIL_FROM_NAME: "Kestrel Support", EMAIL_REPLY_DOMAIN: "Reply.Example.COM", EMAIL_RESUME_DAYS: "3", EMAIL_MAX_INBOUND_KB: "512", PUBLIC_URL: "https://chat.example.com" });
    expect(config.sending).toMatchObject({ on: true, fromName: "Kestrel Support" });
    expect(config.replies).toEqual({ on: true, domain: "reply.example.com" });
    expect(config.resumeTtlMs).toBe(3 * 86_400_000);
    expect(config.maxInboundBytes).toBe(512 * 1024);
    expect(config.publicUrl).toBe("https://chat.example.com");
  });
});
