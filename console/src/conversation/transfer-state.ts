/** Where a transfer goes, as the protocol's `transfer` frame names it, and as people read it. */
export type TransferTarget = { kind: "team"; teamId: string } | { kind: "agent"; agentId: string };

export interface TransferStatus {
  /** "Billing team", "Alex": for the dialog and the toast once it went through. */
  label: string;
  phase: "sending" | "failed";
  error: string | null;
}

/**
 * One transfer at a time per conversation: sent, then either the
 * conversation leaves this agent (it worked) or an error frame about
 * `transfer` comes back (over capacity, no such team), shown in the dialog.
 */
export class TransferState {
  current: TransferStatus | null = null;

  begin(label: string): void {
    this.current = { label, phase: "sending", error: null };
  }

  fail(error: string): void {
    this.current = { label: this.current?.label ?? "", phase: "failed", error };
  }

  /** What went through, if a transfer was on its way; cleared either way. */
  finish(): string | null {
    const label = this.current?.phase === "sending" ? this.current.label : null;
    this.current = null;
    return label;
  }

  reset(): void {
    this.current = null;
  }
}
