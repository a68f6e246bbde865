import { describe, expect, it } from "vitest";
import { agentApi, createAgent, createWorkspace } from "../helpers/fixtures.ts";

interface Canned {
  id: string;
  shortcut: string;
  title: string;
  text: string;
  updatedBy: string | null;
}

async function team(name: string) {
  const workspaceId = await createWorkspace(name);
  const [admin, agent] = await Promise.all([createAgent(`${name} admin`, { workspaceId, role: "admin" }), createAgent(`${name} agent`, { workspaceId, role: "agent" })]);
  return { workspaceId, admin, agent };
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

const REFUND = { shortcut: "refund-ok", title: "Refund approved", text: "Hi {visitor.name}, {agent.name} here: your refund is on its way." };

describe("canned responses: agents read, admins write, every change audited", () => {
  it("an admin creates, edits and deletes; an agent of the workspace reads the list", async () => {
    const { admin, agent } = await team("Canned");
    const created = await agentApi(admin, "/canned", { method: "POST", json: { ...REFUND, shortcut: "  Refund-OK " } });
    expect(created.status).toBe(201);
    const { canned } = await json<{ canned: Canned }>(created);
    // Shortcuts are typed after "/": kept trimmed and lower-case.
    expect(canned).toMatchObject({ shortcut: "refund-ok", title: "Refund approved", updatedBy: admin.id });
    await agentApi(admin, "/canned", { method: "POST", json: { shortcut: "apology", title: "Sorry", text: "Sorry for the wait!" } });

    const listed = await json<{ canned: Canned[] }>(await agentApi(agent, "/canned"));
    expect(listed.canned.map((c) => c.shortcut)).toEqual(["apology", "refund-ok"]);

    const edited = await agentApi(admin, `/canned/${canned.id}`, { method: "PUT", json: { ...REFUND, title: "Refund sent" } });
    expect(edited.status).toBe(200);
    expect((await json<{ canned: Canned }>(edited)).canned.title).toBe("Refund sent");
    expect((await agentApi(admin, `/canned/${canned.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await agentApi(admin, `/canned/${canned.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await json<{ canned: Canned[] }>(await agentApi(agent, "/canned"))).canned.map((c) => c.shortcut)).toEqual(["apology"]);

    const audit = await json<{ entries: { action: string; target: { id: string }; before: unknown; after: unknown }[] }>(await agentApi(admin, "/audit"));
    const mine = audit.entries.filter((e) => e.target.id === canned.id).map((e) => e.action);
    expect(mine).toEqual(["canned.delete", "canned.update", "canned.create"]);
    expect(audit.entries.find((e) => e.action === "canned.update")).toMatchObject({ before: { title: "Refund approved" }, after: { title: "Refund sent" } });
  });

  it("an agent may not write (403), and nothing changes", async () => {
    const { admin, agent } = await team("Readers");
    const { canned } = await json<{ canned: Canned }>(await agentApi(admin, "/canned", { method: "POST", json: REFUND }));
    expect((await agentApi(agent, "/canned", { method: "POST", json: { ...REFUND, shortcut: "mine" } })).status).toBe(403);
    expect((await agentApi(agent, `/canned/${canned.id}`, { method: "PUT", json: { ...REFUND, title: "Changed" } })).status).toBe(403);
    expect((await agentApi(agent, `/canned/${canned.id}`, { method: "DELETE" })).status).toBe(403);
    const listed = await json<{ canned: Canned[] }>(await agentApi(agent, "/canned"));
    expect(listed.canned).toEqual([expect.objectContaining({ id: canned.id, title: "Refund approved" })]);
  });
});

describe("canned responses are validated, with the field named", () => {
  it("refuses an unknown placeholder, a bad shortcut, an empty text and a title too long, by path", async () => {
    const { admin } = await team("Validated");
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...REFUND, text: "Hi {vistor.name}!" }, "text", /unknown placeholder \{vistor\.name\}.*\{visitor\.name\}/],
      [{ ...REFUND, shortcut: "no spaces" }, "shortcut", /lowercase letters/],
      [{ ...REFUND, shortcut: "-dash-first" }, "shortcut", /lowercase letters/],
      [{ ...REFUND, text: "   " }, "text", /empty/],
      [{ ...REFUND, title: "x".repeat(81) }, "title", /80/],
      [{ shortcut: "x", title: "No text" }, "text", /.+/],
    ];
    for (const [body, path, message] of cases) {
      const response = await agentApi(admin, "/canned", { method: "POST", json: body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await json<{ error: { code: string; issues: { path: string; message: string }[] } }>(response);
      expect(error.code).toBe("invalid_request");
      expect(error.issues[0]?.path).toBe(path);
      expect(error.issues[0]?.message).toMatch(message);
    }
    expect((await json<{ canned: Canned[] }>(await agentApi(admin, "/canned"))).canned).toEqual([]);
  });

  it("a shortcut is one response's: taken → 409 on create and on edit; keeping your own is fine", async () => {
    const { admin } = await team("Shortcuts");
    const first = (await json<{ canned: Canned }>(await agentApi(admin, "/canned", { method: "POST", json: REFUND }))).canned;
    const second = (await json<{ canned: Canned }>(await agentApi(admin, "/canned", { method: "POST", json: { ...REFUND, shortcut: "other" } }))).canned;
    const again = await agentApi(admin, "/canned", { method: "POST", json: REFUND });
    expect(again.status).toBe(409);
    expect((await json<{ error: { code: string; issues: { path: string }[] } }>(again)).error).toMatchObject({ code: "shortcut_taken", issues: [{ path: "shortcut" }] });
    expect((await agentApi(admin, `/canned/${second.id}`, { method: "PUT", json: REFUND })).status).toBe(409);
    expect((await agentApi(admin, `/canned/${first.id}`, { method: "PUT", json: { ...REFUND, text: "Still mine, {agent.name}." } })).status).toBe(200);
  });
});

describe("canned responses stay in their workspace", () => {
  it("another workspace neither lists nor edits them, even with the id", async () => {
    const a = await team("Alpha canned");
    const b = await team("Bravo canned");
    const { canned } = await json<{ canned: Canned }>(await agentApi(a.admin, "/canned", { method: "POST", json: REFUND }));
    // The same shortcut is free in another workspace.
    expect((await agentApi(b.admin, "/canned", { method: "POST", json: REFUND })).status).toBe(201);
    const listed = await json<{ canned: Canned[] }>(await agentApi(b.agent, "/canned"));
    expect(listed.canned.map((c) => c.id)).not.toContain(canned.id);
    expect((await agentApi(b.admin, `/canned/${canned.id}`, { method: "PUT", json: { ...REFUND, title: "Taken over" } })).status).toBe(404);
    expect((await agentApi(b.admin, `/canned/${canned.id}`, { method: "DELETE" })).status).toBe(404);
    // B's own session on A's workspace: refused outright.
    expect((await agentApi({ ...b.admin, workspaceId: a.workspaceId }, "/canned")).status).toBe(403);
    const kept = await json<{ canned: Canned[] }>(await agentApi(a.agent, "/canned"));
    expect(kept.canned).toEqual([expect.objectContaining({ id: canned.id, title: "Refund approved" })]);
  });
});
