import { z } from "zod";
import { Observable } from "../lib/observable.ts";

const KEY = "baton.console.settings";

const Preferences = z.object({
  /** A short beep when something new arrives while the tab is in the background. */
  sound: z.boolean().catch(true),
  /** "(2) New message — Baton" blinking in the tab title, same condition. */
  titleBlink: z.boolean().catch(true),
  /** Also alert for new conversations joining the queue, not only messages in mine. */
  queueAlerts: z.boolean().catch(true),
});
export type Preferences = z.infer<typeof Preferences>;

const DEFAULTS: Preferences = { sound: true, titleBlink: true, queueAlerts: true };

/** The agent's notification preferences, kept in localStorage for this browser. */
export class Settings extends Observable {
  value: Preferences = load();

  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
    this.value = { ...this.value, [key]: value };
    try {
      localStorage.setItem(KEY, JSON.stringify(this.value));
    } catch {
      // Private mode or full storage: the setting still applies to this tab.
    }
    this.changed();
  }
}

function load(): Preferences {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULTS;
    const parsed = Preferences.safeParse({ ...DEFAULTS, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}
