/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 4000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
