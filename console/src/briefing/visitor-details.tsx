import type { Briefing } from "../../../worker/protocol/index.ts";

type Visitor = Briefing["visitor"];

/** Who they are, as far as the site told the widget. */
export function VisitorDetails({ visitor }: { visitor: Visitor }) {
  return (
    <dl class="kv">
      <dt>Name</dt>
      <dd>{visitor.name ?? <span class="muted">Not given</span>}</dd>
      <dt>Email</dt>
      <dd>{visitor.email ?? <span class="muted">Not given</span>}</dd>
      <dt>Tier</dt>
      <dd>{visitor.tier ? <span class="chip tone-accent">{visitor.tier}</span> : <span class="muted">—</span>}</dd>
      <dt>Visitor id</dt>
      <dd class="mono">{visitor.visitorId ?? <span class="muted">Anonymous</span>}</dd>
    </dl>
  );
}

export function visitorDigest(visitor: Visitor): string {
  const parts = [visitor.name, visitor.email, visitor.tier].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(" · ") : "Anonymous";
}
