import { describe, expect, it } from "vitest";
import { BusinessHours, describeOpening, isOpen, nextOpening } from "../../worker/routing/business-hours.ts";
import { chooseTeam } from "../../worker/routing/choose-team.ts";
import { compareKeys, orderKey, TIER_NONE, type Ranked } from "../../worker/routing/priority.ts";
import { RoutingSettings } from "../../worker/routing/routing-settings.ts";

const teams = new Set(["billing", "vip", "general"]);
const exists = (id: string) => teams.has(id);

describe("routing rules choose the team", () => {
  const routing = RoutingSettings.parse({
    rules: [
      { team: "vip", tiers: ["enterprise"] },
      { team: "billing", topics: ["refund", "billing_dispute"] },
      { team: "billing", triggers: ["frustration"], topics: ["payment"] },
      { team: "gone", triggers: ["explicit_request"] },
    ],
    fallbackTeam: "general",
  });

  it("takes the first rule whose every condition matches, else the fallback", () => {
    expect(chooseTeam(routing, { signals: ["critical_low_confidence"], topics: ["refund"], tier: null }, exists)).toBe("billing");
    expect(chooseTeam(routing, { signals: ["explicit_request"], topics: ["refund"], tier: "enterprise" }, exists)).toBe("vip");
    // Both conditions of the third rule must hold: frustration alone is not enough.
    expect(chooseTeam(routing, { signals: ["frustration"], topics: [], tier: null }, exists)).toBe("general");
    expect(chooseTeam(routing, { signals: ["frustration"], topics: ["payment"], tier: null }, exists)).toBe("billing");
    // A rule naming a team that no longer exists is passed over.
    expect(chooseTeam(routing, { signals: ["explicit_request"], topics: [], tier: null }, exists)).toBe("general");
  });

  it("sends everything to everyone when no rule or fallback applies", () => {
    expect(chooseTeam(RoutingSettings.parse({}), { signals: ["button"], topics: [], tier: null }, exists)).toBe("all");
  });
});

describe("business hours", () => {
  const hours = BusinessHours.parse({
    timeZone: "Europe/Berlin",
    weekly: { mon: [{ from: "09:00", to: "17:00" }], tue: [{ from: "09:00", to: "12:00" }, { from: "13:00", to: "17:00" }], fri: [{ from: "09:00", to: "15:00" }] },
    holidays: ["2026-12-25"],
  });
  // Wednesday 2 December 2026 is in winter time: Berlin is UTC+1.
  const at = (iso: string) => Date.parse(iso);

  it("is open inside a span in the site's time zone and closed outside, on days off and holidays", () => {
    expect(isOpen(hours, at("2026-11-30T08:30:00Z"))).toBe(true); // Monday 09:30 Berlin
    expect(isOpen(hours, at("2026-11-30T07:30:00Z"))).toBe(false); // Monday 08:30
    expect(isOpen(hours, at("2026-12-01T11:30:00Z"))).toBe(false); // Tuesday 12:30, the lunch gap
    expect(isOpen(hours, at("2026-12-02T10:00:00Z"))).toBe(false); // Wednesday: no hours
    expect(isOpen(hours, at("2026-12-25T10:00:00Z"))).toBe(false); // a Friday holiday
    expect(isOpen(null, at("2026-12-25T10:00:00Z"))).toBe(true);
  });

  it("knows when the team is back and says it as the visitor's day and time", () => {
    const wednesday = at("2026-12-02T10:00:00Z");
    const back = nextOpening(hours, wednesday);
    expect(back).toBe(at("2026-12-04T08:00:00Z")); // Friday 09:00 Berlin
    expect(describeOpening(hours, back ?? 0, wednesday)).toBe("Friday, December 4 at 09:00");
    const mondayMorning = at("2026-11-30T06:00:00Z");
    expect(describeOpening(hours, nextOpening(hours, mondayMorning) ?? 0, mondayMorning)).toBe("today at 09:00");
    expect(nextOpening(BusinessHours.parse({ timeZone: "UTC", weekly: {} }), wednesday)).toBeNull();
  });

  it("refuses a bad schedule with the path of the problem", () => {
    const bad = BusinessHours.safeParse({ timeZone: "Mars/Olympus", weekly: { mon: [{ from: "18:00", to: "09:00" }] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["timeZone", "weekly.mon.0.to"]));
  });
});

describe("the order waiting conversations are taken in", () => {
  const minute = 60_000;
  const entry = (name: string, queuedAt: number, kind: Ranked["kind"], extra: Partial<Ranked> = {}) => ({ name, ranked: { queuedAt, kind, tierRank: TIER_NONE, front: false, ...extra } });
  const order = (entries: ReturnType<typeof entry>[]) => [...entries].sort((a, b) => compareKeys(orderKey(a.ranked), orderKey(b.ranked))).map((e) => e.name);

  it("puts a person asked for and an upset visitor before an unsure AI, yet lets nobody starve", () => {
    const now = 100 * minute;
    expect(order([entry("unsure, 1 min", now - 1 * minute, "unsure"), entry("asked, now", now, "asked")])).toEqual(["asked, now", "unsure, 1 min"]);
    // Waiting three minutes outweighs the two-minute head start.
    expect(order([entry("asked, now", now, "asked"), entry("unsure, 3 min", now - 3 * minute, "unsure"), entry("upset, 30 s", now - 30_000, "upset")])).toEqual(["unsure, 3 min", "upset, 30 s", "asked, now"]);
  });

  it("puts a verified tier first when the site orders tiers, and a released conversation back at the front", () => {
    const now = 100 * minute;
    expect(order([entry("plain, 10 min", now - 10 * minute, "asked"), entry("enterprise, now", now, "unsure", { tierRank: 0 })])).toEqual(["enterprise, now", "plain, 10 min"]);
    expect(order([entry("asked, 5 min", now - 5 * minute, "asked"), entry("released", now - minute, "unsure", { front: true })])).toEqual(["released", "asked, 5 min"]);
  });
});
