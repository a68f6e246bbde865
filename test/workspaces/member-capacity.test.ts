import { describe, expect, it } from "vitest";
import { agentApi, createAgent, createWorkspace } from "../helpers/fixtures.ts";

type Listed = { members: { agentId: string; capacity: number | null }[] };

describe("capacity per member, as Settings → Teams shows it", () => {
  it("the members list carries each member's own capacity, null for the workspace's default", async () => {
    const workspaceId = await createWorkspace("Capacity");
    const admin = await createAgent("Admin", { workspaceId, role: "admin" });
    const agent = await createAgent("Agent", { workspaceId, role: "agent" });
    const capacityOf = async () => ((await (await agentApi(agent, "/members")).json()) as Listed).members.find((m) => m.agentId === agent.id)?.capacity;
    expect(await capacityOf()).toBeNull();
    expect((await agentApi(admin, `/members/${agent.id}/capacity`, { method: "PATCH", json: { capacity: 5 } })).status).toBe(200);
    expect(await capacityOf()).toBe(5);
    expect((await agentApi(admin, `/members/${agent.id}/capacity`, { method: "PATCH", json: { capacity: null } })).status).toBe(200);
    expect(await capacityOf()).toBeNull();
  });
});
