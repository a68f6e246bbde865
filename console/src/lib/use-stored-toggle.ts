import { useState } from "preact/hooks";
import { z } from "zod";

const KEY = "baton.console.toggles";
const Stored = z.record(z.string(), z.boolean()).catch({});

function readAll(): Record<string, boolean> {
  try {
    return Stored.parse(JSON.parse(localStorage.getItem(KEY) ?? "{}"));
  } catch {
    return {};
  }
}

/**
 * An open/closed switch remembered across conversations and reloads: an
 * agent who folds "Previous conversations" away once should not do it again
 * for every visitor.
 */
export function useStoredToggle(id: string, initial: boolean): [boolean, () => void] {
  const [open, setOpen] = useState(() => readAll()[id] ?? initial);
  const toggle = () => {
    const next = !open;
    setOpen(next);
    try {
      localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [id]: next }));
    } catch {
      // Storage full or blocked: the switch still works for this page.
    }
  };
  return [open, toggle];
}
