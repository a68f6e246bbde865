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
  const since = now - LOGIN_WINDOW_MS;
  const [account, address] = await db.batch<{ n: number; oldest: number | null }>([
    db
      .prepare("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE email = ? AND ip = ? AND at > ?")
      .bind(attempt.email, attempt.ip, since),
    db.prepare("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE ip = ? AND at > ?").bind(attempt.ip, since),
  ]);
  const waits = [
    waitFor(account?.results[0], MAX_FAILURES_PER_ACCOUNT, now),
    waitFor(address?.results[0], MAX_FAILURES_PER_ADDRESS, now),
  ];
  return Math.max(...waits);
}

export async function recordLoginFailure(db: D1Database, attempt: LoginAttempt, now = Date.now()): Promise<void> {
  await db.batch([
    db.prepare("INSERT INTO login_failures (email, ip, at) VALUES (?, ?, ?)").bind(attempt.email, attempt.ip, now),
    // Old rows are useless; trimming here keeps the table no bigger than one window.
    db.prepare("DELETE FROM login_failures WHERE at <= ?").bind(now - LOGIN_WINDOW_MS),
  ]);
}

/** A good password clears that account's failures from that address. */
export async function clearLoginFailures(db: D1Database, attempt: LoginAttempt): Promise<void> {
  await db.prepare("DELETE FROM login_failures WHERE email = ? AND ip = ?").bind(attempt.email, attempt.ip).run();
}

function waitFor(row: { n: number; oldest: number | null } | undefined, limit: number, now: number): number {
  if (!row || row.n < limit || row.oldest === null) return 0;
  // Approximate: once the oldest failure leaves the window, one more attempt is allowed.
  return Math.max(1000, row.oldest + LOGIN_WINDOW_MS - now);
}
