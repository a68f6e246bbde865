import type { RoutingRule, RoutingSettings } from "./routing-settings.ts";

/** The workspace's implicit team: every active member, used when no rule or fallback names another. */
export const ALL_TEAM = "all";

export interface HandoffFacts {
  /** Names of the signals behind the handoff ("button" for the Talk to a person button). */
  signals: string[];
  /** Topic names those signals recognised. */
  topics: string[];
  /** Verified tier, or null (an unverified tier never routes). */
  tier: string | null;
}

/** The routing rules, whole: the first rule whose every given condition matches; else the fallback; else everyone. */
export function chooseTeam(routing: RoutingSettings, facts: HandoffFacts, teamExists: (id: string) => boolean): string {
  const rule = routing.rules.find((r) => teamExists(r.team) && matches(r, facts));
  if (rule) return rule.team;
  if (routing.fallbackTeam && teamExists(routing.fallbackTeam)) return routing.fallbackTeam;
  return ALL_TEAM;
}

function matches(rule: RoutingRule, facts: HandoffFacts): boolean {
  const any = (wanted: string[], have: string[]) => wanted.length === 0 || wanted.some((w) => have.includes(w));
  const given = rule.triggers.length + rule.topics.length + rule.tiers.length;
  return given > 0 && any(rule.triggers, facts.signals) && any(rule.topics, facts.topics) && any(rule.tiers, facts.tier ? [facts.tier] : []);
}
