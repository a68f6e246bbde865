/**
 * Signal 1: the visitor asks for a human. First version (English); the
 * trigger engine issue extends it to more languages, typos and negation.
 */
export interface ExplicitRequest {
  /** The words that asked. */
  evidence: string;
}

const ASK =
  /\b(?:talk|speak|chat|connect|transfer|put|get|give|want|need)\b[^.?!]{0,40}?\b(?:human|person|agent|someone|somebody|representative|operator|real people|staff|support team)\b/i;
const BARE = /^\W*(?:a\s+)?(?:human|real person|agent|representative|operator|person)\b(?:\s+please)?\W*$/i;
const NEGATED = /\b(?:don'?t|do not|no need|not)\b[^.?!]{0,20}$/i;

export function detectExplicitRequest(text: string): ExplicitRequest | null {
  const bare = BARE.exec(text);
  if (bare) return { evidence: bare[0].trim() };
  const ask = ASK.exec(text);
  if (!ask) return null;
  if (NEGATED.test(text.slice(0, ask.index + ask[0].indexOf(" ") + 1))) return null;
  return { evidence: ask[0].trim() };
}
