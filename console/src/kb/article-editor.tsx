import { useEffect, useState } from "preact/hooks";
import { ApiError } from "../api/api-error.ts";
import type { ArticleDraft, KbArticle } from "../api/kb-api.ts";
import { formatTime } from "../lib/format.ts";
import { siteHref } from "../lib/site-url.ts";
import { BodyField } from "./body-field.tsx";
import { type FieldErrors, fieldErrors } from "./field-errors.ts";
import { FieldError } from "./field-error.tsx";
import type { KbStore } from "./kb-store.ts";

interface Form {
  title: string;
  url: string;
  tags: string;
  body: string;
}

/**
 * One article, new or existing: title, URL, tags and the Markdown body.
 * The server validates; its complaints land under the fields they are about.
 */
export function ArticleEditor({ store, article }: { store: KbStore; article: KbArticle | null }) {
  const initial = toForm(article);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<"saving" | "deleting" | "publishing" | null>(null);
  const dirty = !sameForm(form, initial);
  useEffect(() => store.setDirty(dirty), [dirty]);

  const edit = (field: keyof Form, value: string) => {
    setForm({ ...form, [field]: value });
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  const save = async () => {
    if (busy) return;
    setBusy("saving");
    setErrors({});
    try {
      await store.save(toDraft(form)); // success re-mounts this editor with what the server stored
    } catch (error) {
      const byField = error instanceof ApiError ? fieldErrors(error.issues) : {};
      setErrors(byField);
      // The details sit under the fields; the banner only says where to look.
      store.fail(Object.keys(byField).length > 0 ? new Error("Not saved: check the highlighted fields") : error);
      setBusy(null);
    }
  };

  const remove = async () => {
    if (!article || busy || !window.confirm(`Delete “${article.title}”? This cannot be undone.`)) return;
    setBusy("deleting");
    await store.remove(article.id);
    setBusy(null);
  };

  // Publishing what is on screen: unsaved edits are saved first, so what goes live is what the admin reviewed.
  const publish = async () => {
    if (!article || busy) return;
    if (dirty) await save();
    setBusy("publishing");
    await store.publish(article.id);
    setBusy(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      void save();
    }
  };

  const pageHref = siteHref(article?.url, store.siteBase);
  const draft = article?.status === "draft";
  const status = dirty
    ? "Unsaved changes"
    : store.notice ?? (draft ? "Draft: the assistant does not answer from it until it is published" : article ? `Updated ${formatTime(article.updatedAt)}` : "Not saved yet");
  return (
    <form
      class="kb-editor"
      data-testid="kb-editor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <header class="kb-editor-head">
        <div class="kb-editor-title">
          <h2>
            {draft && <span class="chip tone-warn">Draft</span>} {article ? article.title : "New article"}
          </h2>
          <span class={`kb-status ${dirty ? "is-dirty" : ""}`} data-testid="kb-status">
            {status}
          </span>
        </div>
        <div class="kb-editor-actions">
          {pageHref && (
            <a class="btn btn-ghost btn-sm" href={pageHref} target="_blank" rel="noopener noreferrer">
              Open page ↗
            </a>
          )}
          {article && store.canEdit && (
            <button type="button" class="btn btn-danger btn-sm" onClick={() => void remove()} disabled={busy !== null} data-testid="kb-delete">
              {busy === "deleting" ? "Deleting…" : "Delete"}
            </button>
          )}
          {draft && store.canEdit && (
            <button type="button" class="btn btn-primary btn-sm" onClick={() => void publish()} disabled={busy !== null} data-testid="kb-publish">
              {busy === "publishing" ? "Publishing…" : "Publish"}
            </button>
          )}
          {store.canEdit && (
            <button type="submit" class={`btn ${draft ? "btn-secondary" : "btn-primary"} btn-sm`} disabled={busy !== null} data-testid="kb-save" title="Save (Ctrl+S)">
              {busy === "saving" ? "Saving…" : article ? "Save" : "Create article"}
            </button>
          )}
        </div>
      </header>
      <fieldset class="kb-editor-body" disabled={!store.canEdit}>
        <TextField id="title" label="Title" value={form.title} error={errors.title} onInput={(v) => edit("title", v)} placeholder="How do refunds work?" />
        <div class="kb-row">
          <TextField id="url" label="URL" hint="optional" value={form.url} error={errors.url} onInput={(v) => edit("url", v)} placeholder="/help/refunds or https://…" />
          <TextField id="tags" label="Tags" hint="comma-separated" value={form.tags} error={errors.tags} onInput={(v) => edit("tags", v)} placeholder="refunds, payments" />
        </div>
        <BodyField value={form.body} error={errors.body} base={store.siteBase} onInput={(v) => edit("body", v)} />
      </fieldset>
    </form>
  );
}

interface TextFieldProps {
  id: "title" | "url" | "tags";
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  placeholder: string;
  onInput: (value: string) => void;
}

function TextField({ id, label, hint, value, error, placeholder, onInput }: TextFieldProps) {
  return (
    <div class="kb-field">
      <label for={`kb-${id}`} class="kb-label">
        {label} {hint && <span class="muted">{hint}</span>}
      </label>
      <input
        id={`kb-${id}`}
        class={error ? "is-invalid" : ""}
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `kb-error-${id}` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
        data-testid={`kb-${id}`}
      />
      <FieldError id={`kb-error-${id}`} message={error} />
    </div>
  );
}

function toForm(article: KbArticle | null): Form {
  return { title: article?.title ?? "", url: article?.url ?? "", tags: article?.tags.join(", ") ?? "", body: article?.body ?? "" };
}

function sameForm(a: Form, b: Form): boolean {
  return a.title === b.title && a.url === b.url && a.tags === b.tags && a.body === b.body;
}

function toDraft(form: Form): ArticleDraft {
  const tags = form.tags.split(",").map((t) => t.trim()).filter(Boolean);
  return { title: form.title, body: form.body, url: form.url.trim() || null, tags };
}
