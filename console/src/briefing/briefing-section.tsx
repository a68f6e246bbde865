import type { ComponentChildren } from "preact";
import { useStoredToggle } from "../lib/use-stored-toggle.ts";

interface Props {
  /** Remembers open/closed under this name across conversations. */
  id: string;
  title: string;
  /** One line shown beside the title, so a folded section still says the essential. */
  digest?: ComponentChildren;
  testId: string;
  defaultOpen?: boolean;
  children: ComponentChildren;
}

/**
 * A foldable row of the briefing. Folded content stays in the DOM (hidden),
 * so the section's test id always holds its full text.
 */
export function BriefingSection({ id, title, digest, testId, defaultOpen = false, children }: Props) {
  const [open, toggle] = useStoredToggle(`briefing.${id}`, defaultOpen);
  return (
    <section class={`bsec ${open ? "is-open" : ""}`} data-testid={testId}>
      <button type="button" class="bsec-head" aria-expanded={open} onClick={toggle}>
        <svg class="bsec-chevron" width="12" height="12" viewBox="0 0 24 24" aria-hidden="true">
          <path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span class="bsec-title">{title}</span>
        {digest !== undefined && <span class="bsec-digest">{digest}</span>}
      </button>
      <div class="bsec-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
