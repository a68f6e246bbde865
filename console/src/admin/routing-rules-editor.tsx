import { useRef } from "preact/hooks";
import { TRIGGERS, type RoutingRule } from "../api/routing-settings.ts";
import type { FieldIssues } from "./field-issues.ts";
import { ListInput } from "./list-input.tsx";

export interface TeamChoice {
  id: string;
  name: string;
}

interface Props {
  rules: RoutingRule[];
  teams: TeamChoice[];
  /** Topic names of the site's escalation policy, as hints. */
  topics: string[];
  issues: FieldIssues;
  onChange: (rules: RoutingRule[]) => void;
}

/** The site's rules, first match wins: a handoff whose trigger, topic or tier matches goes to the rule's team. */
export function RoutingRulesEditor({ rules, teams, topics, issues, onChange }: Props) {
  // Rules have no ids; rows get stable keys here, so a row's fields keep what is typed when others move or go.
  const keys = useRef<number[]>([]);
  const counter = useRef(0);
  while (keys.current.length < rules.length) keys.current.push(counter.current++);
  keys.current.length = rules.length;
  const set = (index: number, patch: Partial<RoutingRule>) => onChange(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const move = (index: number, by: number) => {
    const next = [...rules];
    const [rule] = next.splice(index, 1);
    const [key] = keys.current.splice(index, 1);
    if (rule) next.splice(index + by, 0, rule);
    if (key !== undefined) keys.current.splice(index + by, 0, key);
    onChange(next);
  };
  const remove = (index: number) => {
    keys.current.splice(index, 1);
    onChange(rules.filter((_, i) => i !== index));
  };
  const at = (index: number, field: string) => issues.at(`settings.routing.rules.${index}.${field}`);
  return (
    <div class="admin-card" data-testid="routing-rules">
      <h3>Rules</h3>
      <p class="muted">Checked in order; the first rule whose every filled condition matches sends the handoff to its team. Within a condition, any value matches.</p>
      {rules.length === 0 && <p class="muted">No rules: every handoff goes to the fallback team.</p>}
      {issues.exact("settings.routing.rules") && <span class="field-error">{issues.exact("settings.routing.rules")}</span>}
      {rules.map((rule, index) => (
        <fieldset class="rule" key={keys.current[index]} data-testid="routing-rule" data-index={index}>
          <div class="rule-head">
            <strong>#{index + 1} → </strong>
            <select value={rule.team} onChange={(e) => set(index, { team: e.currentTarget.value })} aria-label="Team" data-testid="rule-team">
              {!teams.some((t) => t.id === rule.team) && <option value={rule.team}>{rule.team} (no such team)</option>}
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <span class="rule-tools">
              <button type="button" class="btn btn-ghost btn-xs" disabled={index === 0} onClick={() => move(index, -1)} aria-label="Move up">
                ↑
              </button>
              <button type="button" class="btn btn-ghost btn-xs" disabled={index === rules.length - 1} onClick={() => move(index, 1)} aria-label="Move down">
                ↓
              </button>
              <button type="button" class="btn btn-ghost btn-xs" onClick={() => remove(index)} data-testid="rule-remove">
                Remove
              </button>
            </span>
          </div>
          {at(index, "team") && <span class="field-error">{at(index, "team")}</span>}
          <div class="rule-triggers">
            {TRIGGERS.map((t) => (
              <label key={t.name} class="chip-check">
                <input
                  type="checkbox"
                  checked={rule.triggers.includes(t.name)}
                  onChange={(e) => set(index, { triggers: e.currentTarget.checked ? [...rule.triggers, t.name] : rule.triggers.filter((x) => x !== t.name) })}
                  data-testid={`rule-trigger-${t.name}`}
                />
                {t.label}
              </label>
            ))}
          </div>
          {rule.triggers.length + rule.topics.length + rule.tiers.length === 0 && <small class="text-warn">Matches nothing until it has a condition.</small>}
          <div class="admin-grid">
            <label class="field admin-field">
              <span>Topics</span>
              <ListInput values={rule.topics} onChange={(v) => set(index, { topics: v })} placeholder={topics.slice(0, 3).join(", ") || "refund, billing_dispute"} testId="rule-topics" label="Topics" />
              {at(index, "topics") && <span class="field-error">{at(index, "topics")}</span>}
            </label>
            <label class="field admin-field">
              <span>Visitor tiers</span>
              <ListInput values={rule.tiers} onChange={(v) => set(index, { tiers: v })} placeholder="enterprise, pro" testId="rule-tiers" label="Tiers" />
              {at(index, "tiers") && <span class="field-error">{at(index, "tiers")}</span>}
            </label>
          </div>
        </fieldset>
      ))}
      {topics.length > 0 && <small class="muted">This site's topics: {topics.join(", ")}</small>}
      <button type="button" class="btn btn-secondary btn-sm" disabled={teams.length === 0} onClick={() => onChange([...rules, { team: teams[0]?.id ?? "all", triggers: [], topics: [], tiers: [] }])} data-testid="rule-add">
        + Add a rule
      </button>
    </div>
  );
}
