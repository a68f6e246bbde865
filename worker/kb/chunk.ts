/** A retrievable piece of an article: a section or part of one. */
export interface Chunk {
  heading: string | null;
  text: string;
}

const TARGET_CHARS = 700;

/**
 * Splits Markdown into passages: one per section (## headings), long sections
 * cut at paragraph boundaries near TARGET_CHARS (never between a list and
 * the sentence introducing it), so a passage is about one thing.
 */
export function chunkMarkdown(markdown: string): Chunk[] {
  const chunks: Chunk[] = [];
  let heading: string | null = null;
  let paragraphs: string[] = [];
  const flush = () => {
    let current = "";
    for (const paragraph of paragraphs) {
      // A sentence that introduces a list ("…one of these reasons:") stays with its list.
      if (current && current.length + paragraph.length > TARGET_CHARS && !current.trimEnd().endsWith(":")) {
        chunks.push({ heading, text: current });
        current = "";
      }
      current = current ? `${current}\n\n${paragraph}` : paragraph;
    }
    if (current) chunks.push({ heading, text: current });
    paragraphs = [];
  };
  for (const block of markdown.replace(/\r\n/g, "\n").split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    const headingMatch = /^#{1,6}\s+(.+)$/m.exec(trimmed.split("\n")[0] ?? "");
    if (headingMatch) {
      flush();
      heading = headingMatch[1]?.trim() ?? null;
      const rest = trimmed.split("\n").slice(1).join("\n").trim();
      if (rest) paragraphs.push(rest);
      continue;
    }
    paragraphs.push(trimmed);
  }
  flush();
  return chunks;
}
