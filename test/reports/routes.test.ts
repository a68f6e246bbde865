import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { ReportConversations, ReportSummary } from "../../worker/protocol/index.ts";
import { agentApi, api } from "../helpers/fixtures.ts";
import { FROM, TO, reportFixture, type ReportFixture } from "./report-fixture.ts";

let f: ReportFixture;
let other: ReportFixture;
const period = `from=${FROM}&to=${TO}`;

beforeAll(async () => {
  [f, other] = await Promise.all([reportFixture("Routes"), reportFixture("Other")]);
});

async function conversations(rest: string, who = f.admin): Promise<ReportConversations> {
  const response = await agentApi(who, `/reports/conversations?${period}&${rest}`);
  expect(response.status).toBe(200);
  return ReportConversations.parse(await response.json());
}

describe("report routes", () => {
  it("filters by site, team and agent", async () => {
    const count = async (extra: string) =>
      ReportSummary.parse(await (await agentApi(f.admin, `/reports/summary?${period}&${extra}`)).json()).figures.find((x) => x.key === "conversations")?.value;
    expect(await count(`siteId=${f.s2}`)).toBe(2);
    expect(await count("teamId=billing")).toBe(2);
    expect(await count(`agentId=${f.agentA.id}`)).toBe(2);
  });
  it("lists the conversations behind a figure and a breakdown row, newest first", async () => {
    expect((await conversations("metric=reopen_rate")).conversations.map((c) => c.id)).toEqual([f.ids.c4]);
    const forced = await conversations("metric=conversations&by=trigger&group=forced_topic");
    expect(forced.total).toBe(2);
    expect(forced.conversations.map((c) => c.id)).toEqual([f.ids.c5, f.ids.c4]);
    expect(forced.conversations[1]).toMatchObject({ status: "resolved", rating: 2, agentId: f.agentB.id, siteId: f.s1 });
  });
  it("refuses a group without its dimension, an empty period and an unknown metric", async () => {
    expect((await agentApi(f.admin, `/reports/conversations?${period}&group=forced_topic`)).status).toBe(400);
    expect((await agentApi(f.admin, `/reports/summary?from=${TO}&to=${FROM}`)).status).toBe(400);
    expect((await agentApi(f.admin, `/reports/conversations?${period}&metric=happiness`)).status).toBe(400);
  });
  it("exports CSV: a header then one row per figure, per breakdown row", async () => {
    const response = await agentApi(f.admin, `/reports/export/figures.csv?${period}`);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parse(await response.text()) as string[][];
    expect(rows[0]).toEqual(["metric", "unit", "value", "sample"]);
    expect(rows.find((r) => r[0] === "conversations")).toEqual(["conversations", "count", "6", "6"]);
    expect(rows.find((r) => r[0] === "csat_human")).toEqual(["csat_human", "score", "3", "2"]);
    const agents = parse(await (await agentApi(f.admin, `/reports/export/agent.csv?${period}`)).text()) as string[][];
    expect(agents[0]?.slice(0, 4)).toEqual(["agent", "label", "conversations", "conversations"]);
    expect(agents.find((r) => r[0] === f.agentB.id)?.slice(1, 3)).toEqual([f.agentB.name, "1"]);
    const list = parse(await (await agentApi(f.admin, `/reports/export/conversations.csv?${period}`)).text()) as string[][];
    expect(list).toHaveLength(1 + 6);
    expect((await agentApi(f.admin, `/reports/export/nothing.csv?${period}`)).status).toBe(400);
  });
  it("is for admins: an agent of the workspace is refused", async () => {
    expect((await agentApi(f.member, `/reports/summary?${period}`)).status).toBe(403);
  });
  it("keeps workspaces apart: another workspace's admin sees only theirs, and not this one", async () => {
    const mine = await conversations("metric=conversations&limit=500", other.admin);
    expect(mine.total).toBe(6);
    expect(mine.conversations.every((c) => c.id.startsWith(other.workspaceId))).toBe(true);
    const response = await api(`/api/agent/workspaces/${f.workspaceId}/reports/summary?${period}`, { headers: { Authorization: `Bearer ${other.admin.token}` } });
    expect(response.status).toBe(403);
    // Another workspace's site as a filter finds nothing here.
    const foreign = ReportSummary.parse(await (await agentApi(f.admin, `/reports/summary?${period}&siteId=${other.s1}`)).json());
    expect(foreign.figures.find((x) => x.key === "conversations")?.value).toBe(0);
  });
});
