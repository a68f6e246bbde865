/**
 * What the visitor wrote in an email reply, without what mail clients add
 * under it: the quoted earlier message (with its "On … wrote:" line, or
 * Outlook's "From: … Sent: …" block, or an "Original Message" rule), quoted
 * lines ("> …"), and the signature (after "-- " or a "Sent from my phone"
 * line). The agent sees what was said now; the earlier message is already in
 * the conversation. Heuristic by nature: when in doubt a line is kept.
 */

// Attribution lines of common clients, English and a few other languages Gmail and Apple Mail write.
// German puts the verb before the name ("Am … schrieb Dana <…>:"), so the line need only end with a colon.
const ATTRIBUTION = /^(on|le|am|el|il|op|em)\s.{0,400}\b(wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\b.{0,300}:\s*$/i;
const RULE = /^\s*(-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|message d'origine)\s*-{2,}|_{10,})\s*$/i;
const HEADER_BLOCK_START = /^\s*\*?(from|von|de)\s*:\*?\s+\S/i;
const HEADER_BLOCK_NEXT = /^\s*\*?(sent|date|to|subject|gesendet|envoyé|datum|an|à|objet|betreff)\s*:/i;
const SIGNATURE = /^(-- ?|—)$/;
const MOBILE_SIGNATURE = /^(sent from my \S+|get outlook for \S+|sent from (yahoo )?mail for \S+)/i;

/** Where the quoted history or signature starts, or the number of lines when nothing is found. */
function cutIndex(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    if (ATTRIBUTION.test(trimmed) || RULE.test(line) || SIGNATURE.test(line.trimEnd()) || MOBILE_SIGNATURE.test(trimmed)) return i;
    // Gmail wraps a long attribution: "On Tue, … Test Shop <reply+…" / "…@reply.example.com> wrote:"
    // (unless the next line is a whole attribution itself: then this line is the visitor's).
    const next = (lines[i + 1] ?? "").trim();
    if (/^(on|le|am|el|il|op|em)\s/i.test(trimmed) && ATTRIBUTION.test(`${trimmed} ${next}`) && !ATTRIBUTION.test(next)) return i;
    // Outlook: "From: …" followed within three lines by "Sent:"/"To:"/"Subject:".
    if (HEADER_BLOCK_START.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_BLOCK_NEXT.test(l))) return i;
  }
  return lines.length;
}

/** The new text of a reply; may be empty when the email only quoted. */
export function replyTextOf(body: string): string {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const kept = lines
    .slice(0, cutIndex(lines))
    // Inline answers keep their own lines; the lines they answer go.
    .filter((line) => !/^\s*>/.test(line))
    .map((line) => line.trimEnd());
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
