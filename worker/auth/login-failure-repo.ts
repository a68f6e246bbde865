import type { LoginAttempt } from "./login-throttle.ts";

/** How many failures a scope has had since a moment, and when the oldest of them was. */
export interface FailureCount {
  n: number;
  oldest: number | null;
}

/** Failures since `since` for this email from this address, and for this address with any email, in one round trip. */
export async function countLoginFailures(
  db: D1Database,
  attempt: LoginAttempt,
  since: number,
): Promise<{ account: FailureCount | undefined; address: FailureCount | undefined }> {
  const [account, address] = await db.batch<FailureCount>([
    db
      .prepare("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE email = ? AND ip = ? AND at > ?")
      .bind(attempt.email, attempt.ip, since),
    db.prepare("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE ip = ? AND at > ?").bind(attempt.ip, since),
  ]);
  return { account: account?.results[0], address: address?.results[0] };
}

/** Stores one failure and drops those at or before `expiredAt` (they no longer count). */
export async function insertLoginFailure(db: D1Database, attempt: LoginAttempt, now: number, expiredAt: number): Promise<void> {
  await db.batch([
    db.prepare("INSERT INTO login_failures (email, ip, at) VALUES (?, ?, ?)").bind(attempt.email, attempt.ip, now),
    db.prepare("DELETE FROM login_failures WHERE at <= ?").bind(expiredAt),
  ]);
}

export async function deleteLoginFailures(db: D1Database, attempt: LoginAttempt): Promise<void> {
  await db.prepare("DELETE FROM login_failures WHERE email = ? AND ip = ?").bind(attempt.email, attempt.ip).run();
}
