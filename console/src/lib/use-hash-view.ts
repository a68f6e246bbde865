import { useEffect, useState } from "preact/hooks";

/** The console's screens; each has its own hash (#/kb, #/history) so a reload stays there. */
export type ConsoleView = "inbox" | "kb" | "history";

function current(): ConsoleView {
  if (location.hash.startsWith("#/kb")) return "kb";
  if (location.hash.startsWith("#/history")) return "history";
  return "inbox";
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
