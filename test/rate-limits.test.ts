import { describe, expect, it } from "vitest";
import { api, createSite, SHOP_ORIGIN, visitorInNewConversation } from "./helpers/fixtures.ts";

describe("abuse limits", () => {
  it("a burst of messages gets answers up to the limit, then a typed error on each message beyond it, nothing stored for those", async () => {
    const siteId = await createSite();
    const visitor = await visitorInNewConversation(siteId);
    for (let i = 0; i < 30; i++) visitor.socket.send({ type: "message", clientId: `m${i}`, text: `question number ${i}` });
    await visitor.socket.settle(300);
    const acks = visitor.socket.frames.filter((f) => f.type === "ack");
    const refused = visitor.socket.frames.filter((f) => f.type === "error" && f.code === "rate_limited");
    expect(acks).toHaveLength(12);
    expect(refused).toHaveLength(18);
    expect(refused[0]).toMatchObject({ ref: "m12", message: expect.stringMatching(/faster than we can answer/) });
    // Every refusal names its message, and the socket still works.
    expect(new Set(refused.map((f) => f.type === "error" && f.ref)).size).toBe(18);
    expect(visitor.socket.closed).toBeNull();
  });

  it("conversation starts from one address are limited with 429 rate_limited and Retry-After", async () => {
    const siteId = await createSite();
    const start = () => api("/api/conversations", { method: "POST", json: { siteId }, headers: { Origin: SHOP_ORIGIN, "CF-Connecting-IP": "198.51.100.77" } });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await start()).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("60");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    // Another address is not affected.
    expect((await api("/api/conversations", { method: "POST", json: { siteId }, headers: { Origin: SHOP_ORIGIN, "CF-Connecting-IP": "198.51.100.78" } })).status).toBe(201);
  });
});
