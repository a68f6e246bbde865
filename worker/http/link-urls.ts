/**
 * Where single-use links point: the console, with the token in the fragment
 * (never sent to a server, so it stays out of logs and Referer headers).
 */
export function inviteUrl(requestUrl: string, token: string): string {
  return `${new URL(requestUrl).origin}/console/#/invite/${token}`;
}

export function passwordResetUrl(requestUrl: string, token: string): string {
  return `${new URL(requestUrl).origin}/console/#/reset/${token}`;
}

export const INVITE_TTL_MS = 7 * 86_400_000;
export const RESET_TTL_MS = 24 * 3_600_000;
