/**
 * Everything the run starts registers how to stop it here. `teardown` runs
 * those steps newest first, once, whether the run passed, failed, timed out
 * or was interrupted (Ctrl-C, a CI runner's SIGTERM).
 */
type Step = { label: string; stop: () => Promise<void> };

const steps: Step[] = [];
let running: Promise<void> | null = null;

export function onTeardown(label: string, stop: () => Promise<void>): void {
  steps.push({ label, stop });
}

export function teardown(): Promise<void> {
  running ??= (async () => {
    for (const step of steps.reverse()) {
      try {
        await step.stop();
      } catch (error) {
        console.error(`teardown: could not stop ${step.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return running;
}

/** Tears down and exits on SIGINT/SIGTERM, and when the whole run exceeds `limitMs`. */
export function guardRun(limitMs: number): () => void {
  const exitAfterTeardown = (code: number) => void teardown().finally(() => process.exit(code));
  const onInterrupt = () => {
    console.error("\nInterrupted: stopping the browser and the server…");
    exitAfterTeardown(130);
  };
  const onTerminate = () => exitAfterTeardown(143);
  process.once("SIGINT", onInterrupt);
  process.once("SIGTERM", onTerminate);
  const timer = setTimeout(() => {
    console.error(`\nThe browser tests took longer than ${limitMs / 60_000} min: giving up.`);
    exitAfterTeardown(1);
  }, limitMs);
  return () => {
    clearTimeout(timer);
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onTerminate);
  };
}
