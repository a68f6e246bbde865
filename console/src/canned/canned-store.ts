import { cannedApi, type CannedResponse } from "../api/canned-api.ts";
import { describeError } from "../api/api-error.ts";
import { kbApi } from "../api/kb-api.ts";
import { Observable } from "../lib/observable.ts";

/** A loaded list older than this is read again when the picker opens (an admin may have added one). */
const STALE_MS = 60_000;

/**
 * The workspace's canned responses for the composer's "/" picker, and its
 * sites' names for {site.name}. Loaded when the picker first opens.
 */
export class CannedStore extends Observable {
  items: CannedResponse[] = [];
  siteNames = new Map<string, string>();
  loading = false;
  error: string | null = null;
  private loadedAt = 0;

  /** Loads unless loaded a moment ago; cheap to call on every opening of the picker. */
  async ensure(): Promise<void> {
    if (this.loading || Date.now() - this.loadedAt < STALE_MS) return;
    this.loading = true;
    this.changed();
    try {
      const [items, sites] = await Promise.all([cannedApi.list(), kbApi.sites().catch(() => [])]);
      this.items = items;
      this.siteNames = new Map(sites.map((s) => [s.id, s.name]));
      this.loadedAt = Date.now();
      this.error = null;
    } catch (error) {
      this.error = describeError(error);
    } finally {
      this.loading = false;
      this.changed();
    }
  }

  /** Settings changed the list: the next opening reads it again. */
  invalidate(): void {
    this.loadedAt = 0;
  }

  /** Every word of the query in the shortcut, title or text; shortcut prefixes first. */
  search(query: string): CannedResponse[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = this.items.filter((c) => {
      const hay = `${c.shortcut} ${c.title} ${c.text}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
    const first = words[0] ?? "";
    return hits.sort((a, b) => Number(!a.shortcut.startsWith(first)) - Number(!b.shortcut.startsWith(first)) || a.shortcut.localeCompare(b.shortcut));
  }
}
