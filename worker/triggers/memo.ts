/**
 * A bounded memo for the detectors' per-text work: a conversation's earlier
 * messages are read again on every turn (the trend, the briefing, the
 * phase after the AI's answer), and each reading of a text gives the same
 * result. Cleared when full, which is simpler than LRU and as good here:
 * what matters is the last few messages of the conversations in this isolate.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();
  private readonly max: number;

  constructor(max = 500) {
    this.max = max;
  }

  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute();
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
