/** Silence after the last keystroke before "stopped typing" is sent. */
const IDLE_MS = 3_000;

/**
 * Turns keystrokes into typing on/off signals: one "on" when typing starts,
 * one "off" after a pause or when the message is sent, never one per key.
 */
export class TypingSignal {
  private on = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly emit: (on: boolean) => void;

  constructor(emit: (on: boolean) => void) {
    this.emit = emit;
  }

  keystroke(): void {
    if (!this.on) {
      this.on = true;
      this.emit(true);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), IDLE_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.on) return;
    this.on = false;
    this.emit(false);
  }
}
