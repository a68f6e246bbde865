import { z } from "zod";
import { signToken, verifyToken } from "../auth/signed-token.ts";
import type { VisitorGrant } from "../auth/visitor-token.ts";
import { RESUME_FRAGMENT } from "../protocol/resume.ts";

/**
 * The link in an email that reopens the conversation in the widget: the page
 * the visitor was on, with `#baton-resume=<token>`. A fragment never reaches
 * a server, so the token stays out of access logs and Referer headers. The
 * token is of its own kind: it cannot open a socket (visitor tokens do that);
 * POST /api/conversations/resume trades it for a visitor token. It expires
 * (a week by default) but is not single-use, so the visitor may click twice.
 * The fragment's name is protocol: the widget looks for it (protocol/resume.ts).
 */
export { RESUME_FRAGMENT };
const PREFIX = "v1:resume:";

const Claims = z.object({
  c: z.string().min(1).max(64),
  s: z.string().min(1).max(64),
  e: z.number().int().positive(),
});

export interface IssuedResumeToken {
  token: string;
  expiresAt: number;
}

export async function issueResumeToken(secret: string, grant: VisitorGrant, ttlMs: number, now = Date.now()): Promise<IssuedResumeToken> {
  const expiresAt = now + ttlMs;
  const claims: z.infer<typeof Claims> = { c: grant.conversationId, s: grant.siteId, e: expiresAt };
  return { token: await signToken(secret, PREFIX + JSON.stringify(claims)), expiresAt };
}

/** What the token reopens, or null when it is forged, malformed, expired or of another kind. */
export async function readResumeToken(secret: string, token: string, now = Date.now()): Promise<VisitorGrant | null> {
  const payload = await verifyToken(secret, token);
  if (!payload?.startsWith(PREFIX)) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload.slice(PREFIX.length));
  } catch {
    return null;
  }
  const claims = Claims.safeParse(json);
  if (!claims.success || claims.data.e <= now) return null;
  return { conversationId: claims.data.c, siteId: claims.data.s };
}

export interface ResumeTarget {
  /** The page the visitor was on (the conversation's `page.url`), as the widget reported it. */
  pageUrl: string | null;
  /** The site's allowed origins: the widget only runs there. */
  allowedOrigins: readonly string[];
  /** The deployment's own address (PUBLIC_URL), the last resort. */
  publicUrl: string | null;
}

/**
 * Where the link points, or null when there is nowhere the widget runs. The
 * page URL came from the visitor's browser, so it is used only when it is
 * http(s) on one of the site's own origins: an email sent in the business's
 * name must never link to a page a visitor made up. Otherwise the site's first
 * concrete origin, otherwise PUBLIC_URL.
 */
export function resumeUrl(target: ResumeTarget, token: string): string | null {
  const page = httpUrl(target.pageUrl);
  const base =
    (page && target.allowedOrigins.includes(page.origin) ? page : null) ??
    target.allowedOrigins.map(httpUrl).find((url) => url !== null) ??
    httpUrl(target.publicUrl);
  if (!base) return null;
  base.username = "";
  base.password = "";
  base.hash = `${RESUME_FRAGMENT}=${token}`;
  return base.href;
}

function httpUrl(text: string | null): URL | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}
