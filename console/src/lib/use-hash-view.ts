import { useEffect, useState } from "preact/hooks";

/** The console's screens; each has its own hash (#/kb, #/history…) so a reload stays there. */
export const VIEWS = ["inbox", "kb", "history", "reports", "admin", "profile"] as const;
export type ConsoleView = (typeof VIEWS)[number];

function current(): ConsoleView {
  const name = location.hash.replace(/^#\/?/, "").split("/")[0] ?? "";
  return VIEWS.find((view) => view === name) ?? "inbox";
}

/**
 * A screen's own path (/console/reports, served by the worker as the console's page) becomes its hash
 * form before anything reads the URL, so there is one way to say where you are.
 */
export function pathToHash(): void {
  const name = /^\/console\/([a-z-]+)\/?$/.exec(location.pathname)?.[1];
  const view = VIEWS.find((v) => v === name);
  if (view && !location.hash) history.replaceState(history.state, "", `/console/#/${view}`);
}

export function useHashView(): [ConsoleView, (view: ConsoleView) => void] {
  const [view, setView] = useState<ConsoleView>(current);
  useEffect(() => {
    const onHash = () => setView(current());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const go = (next: ConsoleView) => {
    // Through the URL, so Back returns to the previous screen.
    if (next !== current()) location.hash = next === "inbox" ? "#/" : `#/${next}`;
    setView(next);
  };
  return [view, go];
}
