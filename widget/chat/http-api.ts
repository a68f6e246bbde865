import type { PageInfo } from "../../worker/protocol/index.ts";
import type { VisitorProfile } from "../shared/contract.ts";

export interface SiteInfo {
  name: string;
  greeting: string;
}

export interface StartRequest {
  siteId: string;
  visitorId: string;
  visitor?: VisitorProfile;
  page: PageInfo;
}

export type StartResult =
  | { ok: true; conversationId: string; token: string }
  /** `retry`: worth trying again later (network, server error) rather than refused for good. */
  | { ok: false; retry: boolean; message: string };

/** The site's public settings; null when they cannot be read (the widget then uses its defaults). */
export async function fetchSiteInfo(apiBase: string, siteId: string): Promise<SiteInfo | null> {
  try {
    const response = await fetch(`${apiBase}/api/sites/${encodeURIComponent(siteId)}/widget`);
    if (!response.ok) return null;
    // `title`: the widget title from the site's settings (its name when none is set).
    const body = (await response.json()) as { title?: unknown; greeting?: unknown };
    return typeof body.title === "string" && typeof body.greeting === "string" ? { name: body.title, greeting: body.greeting } : null;
  } catch {
    return null;
  }
}

export async function startConversation(apiBase: string, request: StartRequest): Promise<StartResult> {
  let response: Response;
  try {
    response = await fetch(`${apiBase}/api/conversations`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, retry: true, message: "network error" };
  }
  const body = (await response.json().catch(() => null)) as { conversationId?: unknown; token?: unknown } | null;
  if (response.ok && typeof body?.conversationId === "string" && typeof body.token === "string") {
    return { ok: true, conversationId: body.conversationId, token: body.token };
  }
  // 4xx: unknown site, origin not allowed, invalid request — retrying will not help.
  const retry = response.status >= 500 || response.status === 429;
  return { ok: false, retry, message: `HTTP ${response.status}` };
}
