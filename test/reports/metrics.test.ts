import { beforeAll, describe, expect, it } from "vitest";
import { ReportSummary, type Figure, type MetricKey } from "../../worker/protocol/index.ts";
import { agentApi } from "../helpers/fixtures.ts";
import { FROM, M, T, TO, reportFixture, type ReportFixture } from "./report-fixture.ts";

/*
 * The week of report-fixture.ts, conversation by conversation (times from T = Monday 10:00 UTC):
 *   c1 v1 AI only, 5 min, rated 5 (ai), two answers both helpful.
 *   c2 v2 AI only, 2 min, one unhelpful answer; v2 is back 60 min later (c3), so c2 did not hold.
 *   c3 v2 frustration: handoff +62, Ann claims +66, replies +67, resolves +80; rated 4; "too late".
 *   c4 v3 forced_topic/refund: handoff +121, Bob +131, reply +133, resolve +151, reopened 24 h later
 *      (+1591), handed off again +1595, Bob +1600, reply +1601, resolve +1620; rated 2; "not needed".
 *   c5 v3 (site 2) refund again, 27 h after c4: handoff +1741, Ann +1761, reply +1781, still assigned.
 *   c6 no visitor id (site 2): deferred to a follow-up at once.
 *   c0 v1 the week before: outside the period.
 */
let f: ReportFixture;
let figures: Map<MetricKey, Figure>;

async function summary(who = f.admin, extra = ""): Promise<ReportSummary> {
  const response = await agentApi(who, `/reports/summary?from=${FROM}&to=${TO}${extra}`);
  expect(response.status).toBe(200);
  return ReportSummary.parse(await response.json());
}
const value = (key: MetricKey) => figures.get(key)?.value;

beforeAll(async () => {
  f = await reportFixture("Metrics");
  figures = new Map((await summary()).figures.map((x) => [x.key, x]));
});

describe("report figures over the fixture week", () => {
  it("counts the period's conversations only", () => expect(value("conversations")).toBe(6));
  it("AI-resolved: no handoff or deferral, and the visitor not back within 72 h (c1 only)", () => {
    expect(value("ai_resolved")).toBe(1);
    expect(value("containment_rate")).toBeCloseTo(1 / 6);
  });
  it("escalation rate: c3, c4, c5 handed off and c6 deferred, of 6", () => expect(value("escalation_rate")).toBeCloseTo(4 / 6));
  it("first human reply after the handoff: [67−62, 133−121, 1781−1741] min", () => {
    expect(value("first_human_reply_p50")).toBe(12 * M);
    expect(value("first_human_reply_p90")).toBe(40 * M);
  });
  it("queue wait from handoff to claim: [66−62, 131−121, 1761−1741] min", () => {
    expect(value("queue_wait_p50")).toBe(10 * M);
    expect(value("queue_wait_p90")).toBe(20 * M);
  });
  it("AI time, start to handoff (or to the last activity): [5, 2, 2, 1, 1, 1] min, p50 = 3rd = 1", () => expect(value("ai_time_p50")).toBe(1 * M));
  it("human time, first claim to last resolve: [80−66, 1620−131] min, p50 = 14", () => expect(value("human_time_p50")).toBe(14 * M));
  it("resolution time, start to last resolve: [80−60, 1620−120] min, p50 = 20", () => expect(value("resolution_time_p50")).toBe(20 * M));
  it("reopen rate: c4 of the resolved c3, c4 (reopened 1591−151 = 1440 min ≤ 72 h)", () => expect(value("reopen_rate")).toBeCloseTo(1 / 2));
  it("re-escalation rate: c4 handed off twice, of 3 handed off", () => expect(value("re_escalation_rate")).toBeCloseTo(1 / 3));
  it("repeat contact: c5 (v3, refund again within 7 days) of 5 with a visitor id", () => expect(value("repeat_contact_rate")).toBeCloseTo(1 / 5));
  it("CSAT by path: ai (5) and human (4 + 2) / 2", () => {
    expect(value("csat_ai")).toBe(5);
    expect(value("csat_human")).toBe((4 + 2) / 2);
  });
  it("answers helpful: (1 + 1 + 0) / 3", () => expect(value("answers_helpful_rate")).toBeCloseTo(2 / 3));
  it("sentiment before, at and after the handoff", () => {
    expect(value("sentiment_before")).toBeCloseTo((-0.2 + 0) / 2);
    expect(value("sentiment_at")).toBeCloseTo((-0.6 + -0.4) / 2);
    expect(value("sentiment_after")).toBeCloseTo((0.2 + 0.5) / 2);
  });
  it("capacity use: held minutes over capacity × week", () => {
    const week = 7 * 24 * 60;
    const held = 80 - 66 + (1620 - 131) + (week - (600 + 1761)); // c5 held from its claim to the period's end
    expect(value("capacity_use")).toBeCloseTo(held / (8 * week));
  });
  it("handoffs marked not needed (c4) and too late (c3), of 3", () => {
    expect(value("handoff_not_needed")).toBeCloseTo(1 / 3);
    expect(value("handoff_too_late")).toBeCloseTo(1 / 3);
  });
  it("business hours: site 1 opens at 12:05 on Mondays, so c3's wait counts 0 and c4's 12:11 − 12:05", async () => {
    const hours = new Map((await summary(f.admin, "&businessHours=1")).figures.map((x) => [x.key, x.value]));
    // waits [0, 6, 20] and replies [0, 12:13 − 12:05 = 8, 40] (site 2 has no hours)
    expect(hours.get("queue_wait_p50")).toBe(6 * M);
    expect(hours.get("first_human_reply_p50")).toBe(8 * M);
    expect(hours.get("queue_wait_p90")).toBe(20 * M);
  });
});

describe("breakdowns and series", () => {
  it("by trigger: escalation rate as a share of the whole period; not-needed per trigger", async () => {
    const trigger = (await summary()).breakdowns.find((b) => b.by === "trigger");
    const forced = trigger?.rows.find((r) => r.id === "forced_topic");
    expect(forced?.conversations).toBe(2);
    expect(forced?.figures.find((x) => x.key === "escalation_rate")?.value).toBeCloseTo(2 / 6);
    expect(forced?.figures.find((x) => x.key === "handoff_not_needed")?.value).toBeCloseTo(1 / 2);
    expect(trigger?.rows.find((r) => r.id === "none")?.conversations).toBe(2);
  });
  it("by topic and by agent: CSAT per agent, labelled with names", async () => {
    const s = await summary();
    expect(s.breakdowns.find((b) => b.by === "topic")?.rows.find((r) => r.id === "refund")?.conversations).toBe(2);
    const ann = s.breakdowns.find((b) => b.by === "agent")?.rows.find((r) => r.id === f.agentA.id);
    expect(ann?.label).toBe(f.agentA.name);
    expect(ann?.figures.find((x) => x.key === "csat_human")?.value).toBe(4);
  });
  it("a daily series: Monday c1–c4, Tuesday c5, Wednesday c6", async () => {
    const s = await summary();
    expect(s.series.map((p) => [p.at, p.conversations, p.handed_off])).toEqual([
      [FROM, 4, 2],
      [FROM + 24 * 60 * M, 1, 1],
      [FROM + 2 * 24 * 60 * M, 1, 0],
    ]);
    expect(s.series[0]?.csat).toBe((5 + 4 + 2) / 3);
    expect(T).toBe(FROM + 600 * M);
  });
});
