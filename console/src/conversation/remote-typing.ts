import type { Role } from "../../../worker/protocol/index.ts";

// Clients should send `off`, but a closed laptop never does: forget a typist after this long.
const STALE_MS = 8000;

export interface Typist {
  role: Role;
  name: string | null;
}

/** Who on the other side is typing right now, expiring on its own. */
export class RemoteTyping {
  current: Typist | null = null;
  private expiry: ReturnType<typeof setTimeout> | undefined;
  private readonly onChange: () => void;

  constructor(onChange: () => void) {
    this.onChange = onChange;
  }

  update(typist: Typist, on: boolean): void {
    clearTimeout(this.expiry);
    if (!on) return this.clear();
    this.current = typist;
    this.expiry = setTimeout(() => this.clear(), STALE_MS);
    this.onChange();
  }

  /** They sent their message, or the link dropped. */
  clear(): void {
    clearTimeout(this.expiry);
    if (!this.current) return;
    this.current = null;
    this.onChange();
  }
}
