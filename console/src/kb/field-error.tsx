/** A validation message under one field, tied to it for screen readers by id. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span class="field-error" id={id} role="alert" data-testid="kb-field-error" data-field={id.replace(/^kb-error-/, "")}>
      {message}
    </span>
  );
}
