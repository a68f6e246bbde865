/** Quiet time after the last keystroke before "typing" turns off. */
const IDLE_MS = 3000;

/**
 * How a client turns keystrokes into `typing` frames: one `on` at the first
 * keystroke, one `off` after a pause, a send, or leaving the box — never a
 * frame per key. Shared by the widget and the console (no dependencies).
 */
export class TypingSignal {
  private on = false;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private readonly emit: (on: boolean) => boolean | void;

  /** `emit` may return false when the frame could not be sent (offline): the next keystroke tries again. */
  constructor(emit: (on: boolean) => boolean | void) {
    this.emit = emit;
  }

  input(): void {
    if (!this.on) this.on = this.emit(true) !== false;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), IDLE_MS);
  }

  stop(): void {
    clearTimeout(this.idle);
    if (!this.on) return;
    this.on = false;
    this.emit(false);
  }

  /** The socket dropped: the server already told the other side we stopped. */
  reset(): void {
    clearTimeout(this.idle);
    this.on = false;
  }
}
