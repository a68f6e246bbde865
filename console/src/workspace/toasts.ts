import { Observable } from "../lib/observable.ts";

export interface Toast {
  id: number;
  tone: "error" | "info" | "success";
  text: string;
}

/** Short-lived notices in the corner: claim results, failures that belong to no form. */
export class Toasts extends Observable {
  items: Toast[] = [];
  private nextId = 1;

  show(text: string, tone: Toast["tone"] = "info", ttlMs = 7000): void {
    const toast: Toast = { id: this.nextId++, tone, text };
    // The same notice twice in a row adds nothing: keep the list short.
    this.items = [...this.items.filter((item) => item.text !== text), toast].slice(-4);
    this.changed();
    setTimeout(() => this.dismiss(toast.id), ttlMs);
  }

  dismiss(id: number): void {
    const next = this.items.filter((item) => item.id !== id);
    if (next.length === this.items.length) return;
    this.items = next;
    this.changed();
  }
}
