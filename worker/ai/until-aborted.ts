/**
 * The promise's outcome, or a rejection with the signal's reason as soon as
 * it aborts (or at once, if it already has). Passing a signal to a binding
 * asks it to stop; this race also frees the caller when the binding does not
 * stop at once, so a cut-off or timed-out turn never waits on it.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new Error("aborted"));
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
