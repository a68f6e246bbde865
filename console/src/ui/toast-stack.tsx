import { useObservable } from "../lib/use-observable.ts";
import type { Toasts } from "../workspace/toasts.ts";

/** Notices in the bottom-right corner; each can be dismissed, all fade on their own. */
export function ToastStack({ toasts }: { toasts: Toasts }) {
  useObservable(toasts);
  return (
    <div class="toasts" aria-live="assertive">
      {toasts.items.map((toast) => (
        <div key={toast.id} class={`toast toast-${toast.tone}`} role={toast.tone === "error" ? "alert" : "status"} data-testid="toast" data-tone={toast.tone}>
          <span>{toast.text}</span>
          <button type="button" class="btn-close" aria-label="Dismiss" onClick={() => toasts.dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
