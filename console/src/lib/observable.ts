/**
 * The console's one state primitive: a class that tells subscribers "I
 * changed". Components re-read what they need (see use-observable.ts), which
 * keeps the stores plain classes that are easy to test without a DOM.
 */
export class Observable {
  private readonly listeners = new Set<() => void>();
  private changeCount = 0;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many times this store has changed: lets a late subscriber see what it missed. */
  get changes(): number {
    return this.changeCount;
  }

  protected changed(): void {
    this.changeCount++;
    for (const listener of [...this.listeners]) listener();
  }
}
