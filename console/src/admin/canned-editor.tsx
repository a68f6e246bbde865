import { useRef, useState } from "preact/hooks";
import { fillPlaceholders, PLACEHOLDERS } from "../../../worker/protocol/index.ts";
import { cannedApi, type CannedResponse } from "../api/canned-api.ts";
import { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { SaveNotice } from "./save-notice.tsx";
import { useSave } from "./use-save.ts";

const SAMPLE = { "visitor.name": "Ana", "agent.name": "Sam", "site.name": "Kestrel Outdoor Co." } as const;

interface Props {
  /** null: a new response. */
  canned: CannedResponse | null;
  onSaved: (id: string | null) => Promise<void>;
}

/** One canned response: its shortcut (typed after "/"), a title for the picker, and the text with placeholders. */
export function CannedEditor({ canned, onSaved }: Props) {
  const [shortcut, setShortcut] = useState(canned?.shortcut ?? "");
  const [title, setTitle] = useState(canned?.title ?? "");
  const [text, setText] = useState(canned?.text ?? "");
  const area = useRef<HTMLTextAreaElement>(null);
  const save = useSave();
  const issues = new FieldIssues(save.error);
  const edit = (apply: () => void) => {
    apply();
    save.touched();
  };
  // At the caret, so "Hi , thanks" becomes "Hi {visitor.name}, thanks" where the admin was typing.
  const insert = (token: string) => {
    const el = area.current;
    const at = el?.selectionStart ?? text.length;
    edit(() => setText(`${text.slice(0, at)}{${token}}${text.slice(el?.selectionEnd ?? at)}`));
    el?.focus();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const draft = { shortcut, title, text };
    void save.run(async () => {
      const stored = canned ? await cannedApi.update(canned.id, draft) : await cannedApi.create(draft);
      await onSaved(stored.id);
    });
  };
  const remove = () => {
    if (!canned || !confirm(`Delete /${canned.shortcut}?`)) return;
    void save.run(async () => {
      await cannedApi.remove(canned.id);
      await onSaved(null);
    });
  };
  return (
    <form class="admin-form" onSubmit={submit} data-testid="canned-editor" data-canned-id={canned?.id ?? ""}>
      <div class="admin-head">
        <h2>{canned ? `/${canned.shortcut}` : "New canned response"}</h2>
      </div>
      <SaveNotice save={save} issues={issues} saved="Saved. Agents find it with / in the reply box." testId="canned" />
      <div class="admin-card">
        <div class="admin-grid">
          <Labelled label="Shortcut" hint="Typed after / in the reply box: lowercase letters, digits, - and _." error={issues.at("shortcut")}>
            <input value={shortcut} placeholder="refund-ok" onInput={(e) => edit(() => setShortcut(e.currentTarget.value))} data-testid="canned-shortcut" />
          </Labelled>
          <Labelled label="Title" hint="What the picker shows." error={issues.at("title")}>
            <input value={title} placeholder="Refund approved" onInput={(e) => edit(() => setTitle(e.currentTarget.value))} data-testid="canned-title" />
          </Labelled>
        </div>
        <Labelled label="Text" error={issues.at("text")}>
          <textarea ref={area} rows={5} value={text} onInput={(e) => edit(() => setText(e.currentTarget.value))} placeholder="Hi {visitor.name}, …" data-testid="canned-text" />
        </Labelled>
        <div class="admin-row">
          <small class="muted">Insert:</small>
          {PLACEHOLDERS.map((p) => (
            <button key={p} type="button" class="btn btn-ghost btn-xs mono" onClick={() => insert(p)} data-testid="canned-placeholder" data-placeholder={p}>
              {`{${p}}`}
            </button>
          ))}
        </div>
        {text.trim() && (
          <p class="canned-preview" data-testid="canned-preview">
            <small class="muted">Preview (Ana, Sam, Kestrel Outdoor Co.): </small>
            {fillPlaceholders(text, SAMPLE)}
          </p>
        )}
      </div>
      <div class="admin-actions">
        <button type="submit" class="btn btn-primary" disabled={save.busy} data-testid="canned-save">
          {save.busy ? "Saving…" : canned ? "Save" : "Create"}
        </button>
        {canned && (
          <button type="button" class="btn btn-danger" onClick={remove} disabled={save.busy} data-testid="canned-delete">
            Delete
          </button>
        )}
      </div>
    </form>
  );
}
