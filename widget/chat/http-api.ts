import type { PageInfo } from "../../worker/protocol/index.ts";
import { RESUME_PATH } from "../../worker/protocol/resume.ts";
import type { VisitorProfile } from "../shared/contract.ts";

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

export async function startConversation(apiBase: string, request: StartRequest): Promise<StartResult> {
  const response = await postJson(`${apiBase}/api/conversations`, request);
  if (!response) return { ok: false, retry: true, message: "network error" };
  const started = response.ok ? conversationOf(response.body) : null;
  if (started) return { ok: true, ...started };
  // 4xx: unknown site, origin not allowed, invalid request — retrying will not help.
  const retry = response.status >= 500 || response.status === 429;
  return { ok: false, retry, message: `HTTP ${response.status}` };
}

/** An emailed link's resume token traded for its conversation and a visitor token; null when refused or unreachable. */
export async function resumeConversation(apiBase: string, token: string): Promise<{ conversationId: string; token: string } | null> {
  const response = await postJson(`${apiBase}${RESUME_PATH}`, { token });
  return response?.ok ? conversationOf(response.body) : null;
}

/** The response's status and JSON body (null when it has none); null on a network error. */
async function postJson(url: string, body: unknown): Promise<{ ok: boolean; status: number; body: unknown } | null> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return { ok: response.ok, status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return null;
  }
}

function conversationOf(body: unknown): { conversationId: string; token: string } | null {
  const { conversationId, token } = Object(body) as { conversationId?: unknown; token?: unknown };
  return typeof conversationId === "string" && typeof token === "string" ? { conversationId, token } : null;
}
