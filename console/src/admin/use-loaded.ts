import { useEffect, useState } from "preact/hooks";
import { describeError } from "../api/api-error.ts";

export interface Loaded<T> {
  data: T;
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

/** What a settings panel shows, read once on mount and again on reload(); a failure is kept as a sentence. */
export function useLoaded<T>(load: () => Promise<T>, initial: T): Loaded<T> {
  const [data, setData] = useState<T>(initial);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    try {
      setData(await load());
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void reload(), []);
  return { data, loading, error, reload };
}
