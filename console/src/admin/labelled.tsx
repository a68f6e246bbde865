import type { ComponentChildren } from "preact";

/** A form field with its label, an optional hint, and the server's message about it. */
export function Labelled({ label, hint, error, children }: { label: string; hint?: string; error?: string | undefined; children: ComponentChildren }) {
  return (
    <label class="field admin-field">
      <span>{label}</span>
      {children}
      {hint && <small class="muted">{hint}</small>}
      {error && (
        <span class="field-error" role="alert" data-testid="admin-field-error">
          {error}
        </span>
      )}
    </label>
  );
}
