import { useState } from "preact/hooks";

export interface SaveState {
  busy: boolean;
  /** The last failure, as thrown (an ApiError keeps the server's issues by path for FieldIssues). */
  error: unknown;
  /** The last run succeeded and nothing was edited since. */
  saved: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
  /** An edit: the "Saved" notice goes. */
  touched(): void;
}

/** One form's save: busy while it runs, the failure kept for the fields, "saved" until the next edit. */
export function useSave(): SaveState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  return {
    busy,
    error,
    saved,
    async run(action) {
      setBusy(true);
      setError(null);
      setSaved(false);
      try {
        await action();
        setSaved(true);
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        setBusy(false);
      }
    },
    touched: () => setSaved(false),
  };
}
