import type fc from "fast-check";

/** Fixed, so a failure reproduces; it is printed with the failure. */
export const FUZZ_SEED = 1414;

/** How many generated inputs were sent, and how long it took. */
export interface FuzzResult {
  sent: number;
  ms: number;
}

/**
 * fast-check parameters for a batched fuzz run: a fixed seed, no shrinking
 * (a failing batch names its culprits itself), and a failure reported by its
 * own message: the default report prints the whole batch, megabytes of it.
 */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  return {
    numRuns,
    seed: FUZZ_SEED,
    endOnFailure: true,
    reporter: (details) => {
      if (!details.failed) return;
      const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`fuzz failed (seed ${details.seed}, path ${details.counterexamplePath ?? "?"}): ${why}`);
    },
  };
}
