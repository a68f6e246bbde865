import { useState } from "preact/hooks";
import { type AdminSite, adminApi, type SiteSettings } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { EmbedSnippet } from "./embed-snippet.tsx";
import { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";

interface Draft {
  name: string;
  origins: string;
  title: string;
  color: string;
  position: "right" | "left";
  greeting: string;
  provider: "" | "embedded" | "workers-ai";
  model: string;
  maxTurns: string;
  dailyBudget: string;
  rateAfterAi: boolean;
}

function draftOf(site: AdminSite): Draft {
  const { widget, ai, greeting } = site.settings;
  return {
    name: site.name,
    origins: site.allowedOrigins.join("\n"),
    title: widget.title ?? "",
    color: widget.color ?? "",
    position: widget.position,
    greeting,
    provider: ai.provider ?? "",
    model: ai.model ?? "",
    maxTurns: String(ai.maxTurnsPerConversation),
    dailyBudget: String(ai.dailyTurnBudget),
    rateAfterAi: site.settings.satisfaction?.afterAi ?? false,
  };
}

/** Empty fields mean "the default": they are left out, not sent as "". */
function settingsOf(draft: Draft, base: SiteSettings): SiteSettings {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    ...base,
    greeting: draft.greeting,
    widget: { ...base.widget, title: optional(draft.title), color: optional(draft.color), position: draft.position },
    ai: {
      ...base.ai,
      provider: draft.provider || undefined,
      model: optional(draft.model),
      maxTurnsPerConversation: Number(draft.maxTurns),
      dailyTurnBudget: Number(draft.dailyBudget),
    },
    satisfaction: { ...base.satisfaction, afterAi: draft.rateAfterAi },
  };
}

/** A site's name, origins, widget look and AI, saved together; the server checks every field. */
export function SiteEditor({ site, onSaved }: { site: AdminSite; onSaved: (site: AdminSite) => void }) {
  const [draft, setDraft] = useState(() => draftOf(site));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const issues = new FieldIssues(error);
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const origins = draft.origins.split(/\s+/).filter(Boolean);
      const next = await adminApi.updateSite(site.id, { name: draft.name, allowedOrigins: origins, settings: settingsOf(draft, site.settings) });
      onSaved(next);
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="admin-form" onSubmit={save} data-testid="site-editor" data-site-id={site.id}>
      <div class="admin-head">
        <h2>{site.name}</h2>
        <code class="muted">data-site="{site.id}"</code>
      </div>
      {error !== null && issues.count === 0 && <p class="notice notice-error" role="alert">{describeError(error)}</p>}
      {saved && <p class="notice notice-info" role="status" data-testid="site-saved">Saved. Live conversations use the new settings within seconds.</p>}
      <EmbedSnippet snippet={site.embed} />
      <div class="admin-card">
        <h3>Site</h3>
        <Labelled label="Name" error={issues.at("name")}>
          <input value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} data-testid="site-name" />
        </Labelled>
        <Labelled label="Allowed origins" hint="One per line, e.g. https://shop.example.com — the pages that may embed the chat." error={issues.at("allowedOrigins")}>
          <textarea rows={3} value={draft.origins} onInput={(e) => set({ origins: e.currentTarget.value })} data-testid="site-origins" />
        </Labelled>
      </div>
      <div class="admin-card">
        <h3>Widget</h3>
        <div class="admin-grid">
          <Labelled label="Title" hint="Shown at the top of the chat; the site's name when empty." error={issues.at("settings.widget.title")}>
            <input value={draft.title} placeholder={site.name} onInput={(e) => set({ title: e.currentTarget.value })} data-testid="site-title" />
          </Labelled>
          <Labelled label="Colour" error={issues.at("settings.widget.color")}>
            <span class="admin-row">
              <input type="color" value={draft.color || "#2563eb"} onInput={(e) => set({ color: e.currentTarget.value })} aria-label="Pick a colour" />
              <input value={draft.color} placeholder="#2563eb" onInput={(e) => set({ color: e.currentTarget.value })} data-testid="site-color" />
            </span>
          </Labelled>
          <Labelled label="Position">
            <select value={draft.position} onChange={(e) => set({ position: e.currentTarget.value === "left" ? "left" : "right" })} data-testid="site-position">
              <option value="right">Bottom right</option>
              <option value="left">Bottom left</option>
            </select>
          </Labelled>
        </div>
        <Labelled label="Greeting" hint="The first message a visitor sees." error={issues.at("settings.greeting")}>
          <textarea rows={2} value={draft.greeting} onInput={(e) => set({ greeting: e.currentTarget.value })} data-testid="site-greeting" />
        </Labelled>
      </div>
      <div class="admin-card">
        <h3>AI</h3>
        <div class="admin-grid">
          <Labelled label="Provider" error={issues.at("settings.ai.provider")}>
            <select value={draft.provider} onChange={(e) => set({ provider: e.currentTarget.value as Draft["provider"] })} data-testid="site-provider">
              <option value="">Deployment default</option>
              <option value="embedded">Embedded (offline, extractive)</option>
              <option value="workers-ai">Workers AI (LLM)</option>
            </select>
          </Labelled>
          <Labelled label="Model" hint="Workers AI only; the deployment's AI_MODEL when empty." error={issues.at("settings.ai.model")}>
            <input value={draft.model} placeholder="@cf/meta/llama-3.1-8b-instruct-fast" onInput={(e) => set({ model: e.currentTarget.value })} />
          </Labelled>
          <Labelled label="AI answers per conversation" error={issues.at("settings.ai.maxTurnsPerConversation")}>
            <input type="number" min={1} value={draft.maxTurns} onInput={(e) => set({ maxTurns: e.currentTarget.value })} />
          </Labelled>
          <Labelled label="AI answers per day (whole site)" error={issues.at("settings.ai.dailyTurnBudget")}>
            <input type="number" min={1} value={draft.dailyBudget} onInput={(e) => set({ dailyBudget: e.currentTarget.value })} />
          </Labelled>
          <Labelled label="Ask for a rating after AI-only chats" hint="After a person resolves, visitors are always asked." error={issues.at("settings.satisfaction.afterAi")}>
            <input type="checkbox" checked={draft.rateAfterAi} onChange={(e) => set({ rateAfterAi: e.currentTarget.checked })} data-testid="site-rate-after-ai" />
          </Labelled>
        </div>
      </div>
      <div class="admin-actions">
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="site-save">
          {busy ? "Saving…" : "Save site"}
        </button>
      </div>
    </form>
  );
}
