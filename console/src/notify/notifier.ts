import { beep } from "./beep.ts";
import type { Settings } from "./settings.ts";
import { TitleBlink } from "./title-blink.ts";

export type AlertKind = "message" | "queue";

/**
 * Gets the agent's attention when the tab is in the background: a beep and
 * a blinking title, each as the settings say. Coming back to the tab clears it.
 */
export class Notifier {
  private missed = 0;
  private readonly blink = new TitleBlink();
  private readonly settings: Settings;
  private readonly cleanups: (() => void)[] = [];

  constructor(settings: Settings) {
    this.settings = settings;
    const back = () => {
      if (!document.hidden) this.clear();
    };
    document.addEventListener("visibilitychange", back);
    window.addEventListener("focus", back);
    this.cleanups.push(
      () => document.removeEventListener("visibilitychange", back),
      () => window.removeEventListener("focus", back),
      () => this.blink.stop(),
    );
  }

  /** Whether the agent is looking at this tab right now. */
  get watching(): boolean {
    return !document.hidden && document.hasFocus();
  }

  alert(kind: AlertKind): void {
    const prefs = this.settings.value;
    if (kind === "queue" && !prefs.queueAlerts) return;
    if (this.watching) return;
    this.missed += 1;
    if (prefs.sound) beep();
    if (prefs.titleBlink) this.blink.start(this.missed, kind === "queue" ? "Visitor waiting" : "New message");
  }

  /**
   * Something that will not wait (an offer with a countdown, a visitor
   * waiting too long): the sound plays even while the agent looks at the
   * tab, since a toast alone is easy to miss; the title blinks only when away.
   */
  urgent(label: string): void {
    const prefs = this.settings.value;
    if (prefs.sound) beep();
    if (this.watching) return;
    this.missed += 1;
    if (prefs.titleBlink) this.blink.start(this.missed, label);
  }

  clear(): void {
    this.missed = 0;
    this.blink.stop();
  }

  dispose(): void {
    for (const cleanup of this.cleanups) cleanup();
  }
}
