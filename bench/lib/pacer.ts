/**
 * Calls `send(i)` for i = 0 … count-1 on an absolute schedule, one every
 * `intervalMs`: a late timer is caught up (sent at once), never drifted, and
 * the loop sleeps instead of spinning (the machine has few cores to share).
 */
export async function paced(count: number, intervalMs: number, send: (index: number) => void, signal?: AbortSignal): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    if (signal?.aborted) return;
    const wait = started + i * intervalMs - performance.now();
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, Math.floor(wait)));
    else if (wait > 0) await new Promise((resolve) => setImmediate(resolve));
    send(i);
  }
}
