import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { describeError } from "../api/api-error.ts";

type Screen = ComponentType<{ myName: string }>;

/**
 * The Reports tab's placeholder in the main bundle: the screen and uPlot are
 * fetched (chunks/) the first time the tab opens, so the console's first
 * load never carries the charts.
 */
export function ReportsTab({ myName }: { myName: string }) {
  const [screen, setScreen] = useState<{ Screen: Screen } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import("./reports-screen.tsx").then(
      (module) => live && setScreen({ Screen: module.ReportsScreen }),
      (failure: unknown) => live && setError(`The reports could not be loaded: ${describeError(failure)}`),
    );
    return () => {
      live = false;
    };
  }, []);
  if (screen) return <screen.Screen myName={myName} />;
  return (
    <div class="reports reports-loading" data-testid="reports-loading" aria-busy={error ? undefined : "true"}>
      {error ? <p role="alert">{error}</p> : <div class="spinner" aria-hidden="true" />}
    </div>
  );
}
