import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";

/** A dialog over the console: Esc or the backdrop closes it. */
export function Modal({ title, onClose, testId, children }: { title: string; onClose: () => void; testId: string; children: ComponentChildren }) {
  useEffect(() => {
    const escape = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    document.addEventListener("keydown", escape);
    return () => document.removeEventListener("keydown", escape);
  }, [onClose]);
  return (
    <div class="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div class="modal" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <header class="modal-head">
          <h2>{title}</h2>
          <button type="button" class="btn-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
