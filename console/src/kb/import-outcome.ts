import type { UrlImportResult } from "../api/kb-api.ts";

/** The result of the last import, whichever kind it was. */
export type ImportOutcome =
  | { kind: "files"; imported: number; found: number; notes: string[] }
  | { kind: "urls"; results: UrlImportResult[] };

export const MAX_IMPORT_BATCH = 500;
export const MAX_URLS = 50;

/** One URL per line → the list to send, or the lines that are not http(s) URLs. */
export function parseUrlList(text: string): { urls: string[]; invalid: string[] } {
  const lines = [...new Set(text.split("\n").map((l) => l.trim()).filter(Boolean))];
  const invalid = lines.filter((line) => {
    try {
      const url = new URL(line);
      return url.protocol !== "http:" && url.protocol !== "https:";
    } catch {
      return true;
    }
  });
  return { urls: lines, invalid };
}
