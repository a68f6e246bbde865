import type { Policy } from "../api/admin-api.ts";
import type { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { TopicListEditor } from "./topic-list-editor.tsx";

// Literal keys: the settings shapes are loose (unknown fields survive), so `keyof` would admit any string.
type SignalKey = "explicitRequest" | "frustration" | "criticalLowConfidence" | "forcedTopics" | "goingInCircles";
type ThresholdKey = "frustrationOffer" | "frustrationHandoff" | "criticalConfidence" | "circlesLowConfidenceRun" | "circlesConfidence" | "repeatSimilarity";

const SIGNALS: { key: SignalKey; label: string }[] = [
  { key: "explicitRequest", label: "Explicit request for a person" },
  { key: "frustration", label: "Frustration" },
  { key: "criticalLowConfidence", label: "Low confidence on a critical topic" },
  { key: "forcedTopics", label: "Topics that always go to a person" },
  { key: "goingInCircles", label: "Going in circles" },
];

const THRESHOLDS: { key: ThresholdKey; label: string; hint: string; step: number }[] = [
  { key: "frustrationOffer", label: "Frustration: offer a person at", hint: "score 0–1", step: 0.05 },
  { key: "frustrationHandoff", label: "Frustration: hand off at", hint: "score 0–1, not below the offer", step: 0.05 },
  { key: "criticalConfidence", label: "Critical topic: hand off below confidence", hint: "0–1", step: 0.05 },
  { key: "circlesLowConfidenceRun", label: "Going in circles: unsure answers in a row", hint: "1–20", step: 1 },
  { key: "circlesConfidence", label: "Going in circles: an answer counts as unsure below", hint: "0–1", step: 0.05 },
  { key: "repeatSimilarity", label: "Asked again: word overlap from", hint: "0.2–1", step: 0.05 },
];

const ACTIONS: { key: "frustrationAction" | "criticalAction" | "circlesAction"; label: string }[] = [
  { key: "frustrationAction", label: "When frustrated" },
  { key: "criticalAction", label: "When unsure on a critical topic" },
  { key: "circlesAction", label: "When going in circles" },
];

/** Every field of the escalation policy (worker/triggers/policy.ts). */
export function PolicyEditor({ policy, issues, onChange }: { policy: Policy; issues: FieldIssues; onChange: (policy: Policy) => void }) {
  const at = (path: string) => issues.at(`settings.triggers.${path}`);
  return (
    <>
      <div class="admin-card">
        <h3>Signals</h3>
        {SIGNALS.map(({ key, label }) => (
          <label class="menu-check" key={key}>
            <input type="checkbox" checked={policy.signals[key]} onChange={(e) => onChange({ ...policy, signals: { ...policy.signals, [key]: e.currentTarget.checked } })} data-testid={`signal-${key}`} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <div class="admin-card">
        <h3>Thresholds</h3>
        <div class="admin-grid">
          {THRESHOLDS.map(({ key, label, hint, step }) => (
            <Labelled key={key} label={label} hint={hint} error={at(`thresholds.${key}`)}>
              <input
                type="number"
                step={step}
                value={policy.thresholds[key]}
                onInput={(e) => onChange({ ...policy, thresholds: { ...policy.thresholds, [key]: e.currentTarget.valueAsNumber } })}
                data-testid={`threshold-${key}`}
              />
            </Labelled>
          ))}
        </div>
      </div>
      <div class="admin-card">
        <h3>Actions</h3>
        <div class="admin-grid">
          {ACTIONS.map(({ key, label }) => (
            <Labelled key={key} label={label} error={at(key)}>
              <select value={policy[key]} onChange={(e) => onChange({ ...policy, [key]: e.currentTarget.value === "offer" ? "offer" : "handoff" })} data-testid={`action-${key}`}>
                <option value="offer">Offer a person (a button)</option>
                <option value="handoff">Hand off at once</option>
              </select>
            </Labelled>
          ))}
        </div>
      </div>
      <TopicListEditor title="Critical topics" hint="Handed to a person when the AI is unsure about them. These replace the built-in list." topics={policy.criticalTopics} withAction={false} issues={issues} path="settings.triggers.criticalTopics" onChange={(criticalTopics) => onChange({ ...policy, criticalTopics })} />
      <TopicListEditor title="Topics that always go to a person" hint="These replace the built-in list." topics={policy.forcedTopics} withAction issues={issues} path="settings.triggers.forcedTopics" onChange={(forcedTopics) => onChange({ ...policy, forcedTopics })} />
      <TopicListEditor title="Extra critical topics" hint="Added to the critical topics." topics={policy.extraCriticalTopics} withAction={false} issues={issues} path="settings.triggers.extraCriticalTopics" onChange={(extraCriticalTopics) => onChange({ ...policy, extraCriticalTopics })} />
      <TopicListEditor title="Extra topics that always go to a person" hint="Added to the list above." topics={policy.extraForcedTopics} withAction issues={issues} path="settings.triggers.extraForcedTopics" onChange={(extraForcedTopics) => onChange({ ...policy, extraForcedTopics })} />
    </>
  );
}
