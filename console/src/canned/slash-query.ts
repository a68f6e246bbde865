import { fillPlaceholders } from "../../../worker/protocol/index.ts";
import type { CannedResponse } from "../api/canned-api.ts";

/** The "/word" being typed at the caret, at the start of the box or after a space; null otherwise (URLs, "and/or"). */
export function slashQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  const query = match[1] ?? "";
  return { start: caret - query.length - 1, query };
}

export interface FillValues {
  visitorName: string | null;
  agentName: string;
  siteName: string | null;
}

/** The box's text with "/word" replaced by the response, placeholders filled; and where the caret goes. */
export function insertCanned(text: string, at: { start: number; caret: number }, canned: CannedResponse, values: FillValues): { text: string; caret: number } {
  const filled = fillPlaceholders(canned.text, { "visitor.name": values.visitorName, "agent.name": values.agentName, "site.name": values.siteName });
  const next = text.slice(0, at.start) + filled + text.slice(at.caret);
  return { text: next, caret: at.start + filled.length };
}
