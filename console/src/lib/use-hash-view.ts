import { useEffect, useState } from "preact/hooks";

/** The console's screens; the knowledge base lives at #/kb so a reload stays there. */
export type ConsoleView = "inbox" | "kb";

function current(): ConsoleView {
  return location.hash.startsWith("#/kb") ? "kb" : "inbox";
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
    if (next !== current()) location.hash = next === "kb" ? "#/kb" : "#/";
    setView(next);
  };
  return [view, go];
}
