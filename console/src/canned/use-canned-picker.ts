import type { RefObject } from "preact";
import { useState } from "preact/hooks";
import type { CannedResponse } from "../api/canned-api.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { CannedStore } from "./canned-store.ts";
import { insertCanned, slashQuery, type FillValues } from "./slash-query.ts";

const SHOWN = 8;

/**
 * The "/" picker's state for one reply box: open while a "/word" is being
 * typed at the caret, filtered by it, inserted (placeholders filled) on Enter,
 * Tab or a click. Esc closes it until that word is gone.
 */
export function useCannedPicker(store: CannedStore, input: RefObject<HTMLTextAreaElement>, values: () => FillValues, apply: (text: string, caret: number) => void) {
  useObservable(store);
  const [at, setAt] = useState<{ start: number; query: string; caret: number } | null>(null);
  const [selected, setSelected] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const items = at ? store.search(at.query).slice(0, SHOWN) : [];

  /** After every input or caret move. */
  const track = (text: string, caret: number) => {
    const found = slashQuery(text, caret);
    if (!found) setDismissed(null);
    if (!found || found.start === dismissed) return setAt(null);
    if (!at) void store.ensure();
    if (at?.query !== found.query) setSelected(0);
    setAt({ ...found, caret });
  };

  const pick = (canned: CannedResponse) => {
    const el = input.current;
    if (!at || !el) return;
    const next = insertCanned(el.value, at, canned, values());
    setAt(null);
    apply(next.text, next.caret);
  };

  /** The keys the open picker takes; true when it took this one (the box must not act on it too). */
  const onKey = (event: KeyboardEvent): boolean => {
    if (!at) return false;
    if (event.key === "Escape") {
      setDismissed(at.start);
      setAt(null);
      return true;
    }
    if (items.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setSelected((selected + step + items.length) % items.length);
      return true;
    }
    const chosen = items[Math.min(selected, items.length - 1)];
    if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && chosen) {
      pick(chosen);
      return true;
    }
    return false;
  };

  return { open: at !== null, query: at?.query ?? "", items, selected, setSelected, pick, track, onKey, loading: store.loading, error: store.error };
}
