/** A sentence, list item or table row of an article section, without Markdown. */
export interface Sentence {
  text: string;
  /** From a Markdown list item or table row: one entry of a list or chart. */
  item: boolean;
  /** Position in its section (0 = first). */
  index: number;
}

const LIST_ITEM = /^\s*(?:[-*•+]|\d+[.)])\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Sentences, list items and table rows of a Markdown passage, in order; headings are left out. */
export function splitSentences(markdown: string): Sentence[] {
  const out: Omit<Sentence, "index">[] = [];
  const lines = markdown.split(/\n+/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\s*#/.test(line)) continue;
    if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? "")) {
      // A table: header row, rule, body rows. Each row becomes one item, labelled by the header.
      const header = cells(line);
      i += 2;
      for (; i < lines.length && TABLE_ROW.test(lines[i] ?? ""); i++) out.push({ text: tableRow(header, cells(lines[i] ?? "")), item: true });
      i--;
      continue;
    }
    const item = LIST_ITEM.test(line);
    const body = line.replace(LIST_ITEM, "");
    for (const text of body.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/)) out.push({ text: clean(text), item });
  }
  return out.filter((s) => s.text.length > 2).map((s, index) => ({ ...s, index }));
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => clean(c));
}

/** "Size: M; Chest: 98 to 103 cm." — a row read out with its column names. */
function tableRow(header: string[], row: string[]): string {
  const parts = row.map((value, i) => {
    const name = header[i] ?? "";
    return !value ? "" : name && i > 0 ? `${name}: ${value}` : name && i === 0 ? `${name} ${value}` : value;
  });
  const text = parts.filter(Boolean).join("; ");
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function clean(text: string): string {
  return text.replace(/\*\*|__|`/g, "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/\s+/g, " ").trim();
}
