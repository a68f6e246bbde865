import { BreakdownBy, type Breakdown, type BreakdownRow } from "../protocol/index.ts";
import { groupOf } from "./behind.ts";
import type { Fact } from "./facts.ts";
import { computeFigures, type FigureContext } from "./figures.ts";

/**
 * Every breakdown: the period's conversations split by trigger, topic, site,
 * team and agent, each row with all figures over its own conversations. Two
 * exceptions keep rows comparable: by trigger and topic, escalation_rate is a
 * share of all the period's conversations (within a trigger it would be 1);
 * by agent, capacity_use is over that agent's capacity alone.
 */
export function breakdowns(facts: readonly Fact[], ctx: FigureContext, labels: Map<string, string>, capacities: Map<string, number>): Breakdown[] {
  return BreakdownBy.options.map((by) => {
    const groups = new Map<string, Fact[]>();
    for (const f of facts) {
      const id = groupOf(by, f);
      const list = groups.get(id) ?? [];
      list.push(f);
      groups.set(id, list);
    }
    const rows: BreakdownRow[] = [...groups].map(([id, members]) => ({
      id,
      label: labels.get(`${by}:${id}`) ?? id,
      conversations: members.length,
      figures: computeFigures(members, {
        ...ctx,
        ...(by === "trigger" || by === "topic" ? { escalationBase: facts.length } : {}),
        ...(by === "agent" ? { capacity: capacities.get(id) ?? 0 } : {}),
      }),
    }));
    rows.sort((a, b) => b.conversations - a.conversations || a.id.localeCompare(b.id));
    return { by, rows };
  });
}
