import type { PolicyTopic } from "../api/admin-api.ts";
import type { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";

interface Props {
  title: string;
  hint: string;
  topics: PolicyTopic[];
  /** Forced topics choose between offering a person and handing off. */
  withAction: boolean;
  issues: FieldIssues;
  /** The policy field these topics are, for the server's issue paths. */
  path: string;
  onChange: (topics: PolicyTopic[]) => void;
}

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** A list of topics, each with its id, label and phrase patterns (one per line; syntax in the README). */
export function TopicListEditor({ title, hint, topics, withAction, issues, path, onChange }: Props) {
  const update = (index: number, patch: Partial<PolicyTopic>) => onChange(topics.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <details class="admin-card topic-list" data-testid={`topics-${path}`}>
      <summary>
        <strong>{title}</strong> <span class="muted">({topics.length})</span>
      </summary>
      <p class="muted">{hint}</p>
      {issues.exact(path) && <p class="field-error">{issues.exact(path)}</p>}
      {topics.map((topic, i) => (
        <fieldset class="topic" key={i}>
          <div class="admin-grid">
            <Labelled label="Id" error={issues.at(`${path}.${i}.name`)}>
              <input value={topic.name} onInput={(e) => update(i, { name: e.currentTarget.value })} />
            </Labelled>
            <Labelled label="Label" error={issues.at(`${path}.${i}.label`)}>
              <input value={topic.label} onInput={(e) => update(i, { label: e.currentTarget.value })} />
            </Labelled>
            {withAction && (
              <Labelled label="Action">
                <select value={topic.action ?? "handoff"} onChange={(e) => update(i, { action: e.currentTarget.value === "offer" ? "offer" : "handoff" })}>
                  <option value="handoff">Hand off</option>
                  <option value="offer">Offer a person</option>
                </select>
              </Labelled>
            )}
          </div>
          <div class="admin-grid">
            <Labelled label="Phrases (one per line)" error={issues.at(`${path}.${i}.patterns`)}>
              <textarea rows={3} value={topic.patterns.join("\n")} onInput={(e) => update(i, { patterns: lines(e.currentTarget.value) })} />
            </Labelled>
            <Labelled label="Unless (one per line)" error={issues.at(`${path}.${i}.exclude`)}>
              <textarea rows={3} value={topic.exclude.join("\n")} onInput={(e) => update(i, { exclude: lines(e.currentTarget.value) })} />
            </Labelled>
          </div>
          <button type="button" class="btn btn-ghost btn-xs" onClick={() => onChange(topics.filter((_, j) => j !== i))}>
            Remove topic
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        class="btn btn-secondary btn-sm"
        onClick={() => onChange([...topics, { name: "new_topic", label: "New topic", patterns: [], exclude: [], ...(withAction ? { action: "handoff" as const } : {}) }])}
      >
        Add a topic
      </button>
    </details>
  );
}
