import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createSite, visitorInNewConversation } from "../helpers/fixtures.ts";

describe("GET /api/meter by default", () => {
  it("is not there: a deployment without METER=on shows no counts", async () => {
    expect(env.METER).toBe("off");
    // Objects at work first: the meter stays absent, not merely empty.
    const visitor = await visitorInNewConversation(await createSite());
    visitor.socket.close();
    const response = await exports.default.fetch("https://baton.test/api/meter");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
