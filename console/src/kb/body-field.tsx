import { useState } from "preact/hooks";
import { Markdown } from "../lib/markdown.tsx";
import { FieldError } from "./field-error.tsx";

interface Props {
  value: string;
  error: string | undefined;
  /** For links written as paths in the preview. */
  base: string | null;
  onInput: (value: string) => void;
}

/** The article's Markdown, with a preview of how it reads (rendered safely: no HTML). */
export function BodyField({ value, error, base, onInput }: Props) {
  const [tab, setTab] = useState<"write" | "preview">("write");
  return (
    <div class="kb-field kb-body-field">
      <div class="kb-body-head">
        <label for="kb-body" class="kb-label">
          Body <span class="muted">Markdown</span>
        </label>
        <div class="tabs" role="tablist" aria-label="Body view">
          {(["write", "preview"] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              class={`tab ${tab === t ? "is-active" : ""}`}
              aria-selected={tab === t}
              onClick={() => setTab(t)}
              data-testid={`kb-${t}-tab`}
            >
              {t === "write" ? "Write" : "Preview"}
            </button>
          ))}
        </div>
      </div>
      <textarea
        id="kb-body"
        class={error ? "is-invalid" : ""}
        value={value}
        hidden={tab !== "write"}
        spellcheck
        placeholder={"## A heading\n\nWrite the answer the way you would explain it to a customer. Use **bold**, lists and [links](https://example.com)."}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? "kb-error-body" : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
        data-testid="kb-body"
      />
      {tab === "preview" && (
        <div class="kb-preview" data-testid="kb-preview">
          {value.trim() ? <Markdown source={value} base={base} /> : <p class="muted">Nothing to preview yet.</p>}
        </div>
      )}
      <FieldError id="kb-error-body" message={error} />
    </div>
  );
}
