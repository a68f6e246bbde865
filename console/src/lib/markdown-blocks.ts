/** Markdown as blocks: just what help-centre articles use. Text stays text; HTML is never interpreted. */
export type MdBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "quote"; text: string }
  | { kind: "code"; text: string }
  | { kind: "rule" };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function parseBlocks(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? "").trim().startsWith(fence[1] ?? "```"); i++) body.push(lines[i] ?? "");
      blocks.push({ kind: "code", text: body.join("\n") });
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: Math.min(6, (heading[1] ?? "#").length) as 1 | 2 | 3 | 4 | 5 | 6, text: heading[2] ?? "" });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: "rule" });
      i++;
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      for (; i < lines.length && (lines[i] ?? "").trim(); i++) {
        const item = pattern.exec(lines[i] ?? "");
        if (item) items.push(item[1] ?? "");
        else if (items.length > 0) items[items.length - 1] += ` ${(lines[i] ?? "").trim()}`; // a wrapped item
      }
      blocks.push({ kind: "list", ordered, items });
      continue;
    }
    if (line.trimStart().startsWith(">")) {
      const text: string[] = [];
      for (; i < lines.length && (lines[i] ?? "").trimStart().startsWith(">"); i++) text.push((lines[i] ?? "").replace(/^\s*>\s?/, ""));
      blocks.push({ kind: "quote", text: text.join(" ") });
      continue;
    }
    const text: string[] = [];
    for (; i < lines.length && (lines[i] ?? "").trim() && !startsBlock(lines[i] ?? ""); i++) text.push((lines[i] ?? "").trim());
    blocks.push({ kind: "paragraph", text: text.join(" ") });
  }
  return blocks;
}

function startsBlock(line: string): boolean {
  return HEADING.test(line) || FENCE.test(line) || BULLET.test(line) || NUMBERED.test(line) || RULE.test(line) || line.trimStart().startsWith(">");
}
