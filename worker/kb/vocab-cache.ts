import { currentStamp, KB_GLOBAL } from "../cache/stamps.ts";
import { termDocuments } from "./passage-repo.ts";

/**
 * Document frequencies and the passage count, kept in this isolate under the
 * knowledge base's global stamp (fts5vocab counts over every site): a word is
 * read from kb_vocab the first time a question uses it after an article
 * changed anywhere, and the passage count (a scan of all passages) once.
 * Bounded: past MAX_TERMS words the table starts again.
 */
export const MAX_TERMS = 20_000;

interface Entry {
  version: number;
  total: number | null;
  documents: Map<string, number>;
}

let entry: Entry | null = null;

export async function cachedTermDocuments(db: D1Database, terms: string[]): Promise<{ documents: Map<string, number>; total: number }> {
  const version = await currentStamp(db, KB_GLOBAL);
  if (!entry || entry.version !== version || entry.documents.size + terms.length > MAX_TERMS) {
    entry = { version, total: null, documents: new Map() };
  }
  // Kept locally: another question may start a new entry while this one waits for D1.
  const mine = entry;
  const missing = terms.filter((t) => !mine.documents.has(t));
  if (missing.length > 0 || mine.total === null) {
    const read = await termDocuments(db, missing, mine.total === null);
    // A word the index does not have is remembered as 0, so asking again costs nothing.
    for (const term of missing) mine.documents.set(term, read.documents.get(term) ?? 0);
    if (read.total !== null) mine.total = read.total;
  }
  return { documents: new Map(terms.map((t) => [t, mine.documents.get(t) ?? 0])), total: mine.total ?? 0 };
}
