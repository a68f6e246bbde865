import { useEffect, useState } from "preact/hooks";

/** The console's screens; each has its own hash (#/kb, #/history…) so a reload stays there. */
export const VIEWS = ["inbox", "kb", "history", "admin", "profile"] as const;
export type ConsoleView = (typeof VIEWS)[number];

function current(): ConsoleView {
  const name = location.hash.replace(/^#\/?/, "").split("/")[0] ?? "";
  return VIEWS.find((view) => view === name) ?? "inbox";
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
