/**
 * A short two-tone chime made with WebAudio: no audio files to ship or load.
 * Browsers only let a page play sound after a user gesture, so the context is
 * created (and resumed) on the first click or key press, then reused.
 */
let context: AudioContext | null = null;

/** Installed once for the page; stays, since browsers may suspend the context again later. */
export function unlockAudioOnGesture(): void {
  const unlock = () => {
    try {
      context ??= new AudioContext();
      void context.resume();
    } catch {
      // No WebAudio: beeps are skipped silently.
    }
  };
  window.addEventListener("pointerdown", unlock, { passive: true });
  window.addEventListener("keydown", unlock);
}

export function beep(): void {
  if (!context || context.state !== "running") return;
  const start = context.currentTime;
  tone(context, 880, start, 0.12);
  tone(context, 1320, start + 0.13, 0.16);
}

function tone(ctx: AudioContext, frequency: number, at: number, duration: number): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = "sine";
  oscillator.frequency.value = frequency;
  // A fast attack and exponential release: a soft "ding", not a click.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.18, at + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + duration);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + duration + 0.02);
}
