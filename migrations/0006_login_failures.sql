-- Failed agent logins, kept for the throttle window (worker/auth/login-throttle.ts).
CREATE TABLE login_failures (
  email TEXT NOT NULL COLLATE NOCASE,
  ip TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX login_failures_email_ip ON login_failures(email, ip, at);
CREATE INDEX login_failures_ip ON login_failures(ip, at);
