import { BreakdownBy, type Breakdown, type BreakdownRow } from "../protocol/index.ts";
import { groupOf } from "./behind.ts";
import { computeFigures, type FigureContext } from "./figures.ts";
import type { GroupRow } from "./report-repo.ts";
import { addPile, emptyPile, type Pile } from "./tally.ts";

export interface Grouped {
  row: GroupRow;
  pile: Pile;
}

/**
 * Every breakdown: the period's conversations split by trigger, topic, site,
 * team and agent, each row with all figures over its own conversations. Two
 * exceptions keep rows comparable: by trigger and topic, escalation_rate is a
 * share of all the period's conversations (within a trigger it would be 1);
 * by agent, capacity_use is over that agent's capacity alone.
 */
export function breakdowns(groups: readonly Grouped[], total: number, ctx: FigureContext, labels: Map<string, string>, capacities: Map<string, number>): Breakdown[] {
  return BreakdownBy.options.map((by) => {
    const piles = new Map<string, Pile>();
    for (const g of groups) {
      const id = groupOf(by, g.row);
      let pile = piles.get(id);
      if (!pile) piles.set(id, (pile = emptyPile()));
      addPile(pile, g.pile);
    }
    const rows: BreakdownRow[] = [...piles].map(([id, pile]) => ({
      id,
      label: labels.get(`${by}:${id}`) ?? id,
      conversations: pile.tally.conversations,
      figures: computeFigures(pile, {
        ...ctx,
        ...(by === "trigger" || by === "topic" ? { escalationBase: total } : {}),
        ...(by === "agent" ? { capacity: capacities.get(id) ?? 0 } : {}),
      }),
    }));
    rows.sort((a, b) => b.conversations - a.conversations || a.id.localeCompare(b.id));
    return { by, rows };
  });
}
