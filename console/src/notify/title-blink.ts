const BASE_TITLE = "Baton — Agent console";
const BLINK_MS = 1000;

/**
 * Alternates the tab title between "(n) New message — Baton" and the normal
 * title, so a background tab shows there is something to read.
 */
export class TitleBlink {
  private timer: ReturnType<typeof setInterval> | undefined;
  private count = 0;
  private label = "New message";
  private showing = false;

  start(count: number, label: string): void {
    this.count = count;
    this.label = label;
    this.render(true);
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.render(!this.showing), BLINK_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.showing = false;
    document.title = BASE_TITLE;
  }

  private render(alert: boolean): void {
    this.showing = alert;
    document.title = alert ? `(${this.count}) ${this.label} — Baton` : BASE_TITLE;
  }
}
