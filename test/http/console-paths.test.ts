import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE } from "../helpers/socket.ts";

describe("a console screen's own address", () => {
  it("/console/reports answers with the console's page", async () => {
    const response = await exports.default.fetch(`${BASE}/console/reports`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("Agent console");
    expect(page).toContain('src="./console.js"');
  });

  it("a missing file under /console/ stays a 404", async () => {
    for (const path of ["/console/nothing.js", "/console/reports/deeper"]) {
      const response = await exports.default.fetch(`${BASE}${path}`);
      expect(response.status, path).toBe(404);
      await response.body?.cancel();
    }
  });
});
