import { countLoginFailures, deleteLoginFailures, insertLoginFailure, type FailureCount } from "./login-failure-repo.ts";

/**
 * Slows password guessing: failed logins are counted per email and address
 * and per address alone over a sliding window. Counting per email *and*
 * address means a stranger cannot lock an agent out by failing on purpose
 * from elsewhere; the per-address cap stops one address trying many emails.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

export interface LoginAttempt {
  email: string;
  /** The client's address (`CF-Connecting-IP`); "unknown" when the runtime gives none. */
  ip: string;
}

/** Milliseconds until the next attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfterMs(db: D1Database, attempt: LoginAttempt, now = Date.now()): Promise<number> {
  const { account, address } = await countLoginFailures(db, attempt, now - LOGIN_WINDOW_MS);
  return Math.max(waitFor(account, MAX_FAILURES_PER_ACCOUNT, now), waitFor(address, MAX_FAILURES_PER_ADDRESS, now));
}

export async function recordLoginFailure(db: D1Database, attempt: LoginAttempt, now = Date.now()): Promise<void> {
  // Old rows are useless; trimming here keeps the table no bigger than one window.
  await insertLoginFailure(db, attempt, now, now - LOGIN_WINDOW_MS);
}

/** A good password clears that account's failures from that address. */
export async function clearLoginFailures(db: D1Database, attempt: LoginAttempt): Promise<void> {
  await deleteLoginFailures(db, attempt);
}

function waitFor(row: FailureCount | undefined, limit: number, now: number): number {
  if (!row || row.n < limit || row.oldest === null) return 0;
  // Approximate: once the oldest failure leaves the window, one more attempt is allowed.
  return Math.max(1000, row.oldest + LOGIN_WINDOW_MS - now);
}
