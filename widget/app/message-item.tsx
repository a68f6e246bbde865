import type { Citation } from "../../worker/protocol/index.ts";
import { SparkIcon } from "./icons.tsx";
import { ExternalLink, RichText, safeHref } from "./rich-text.tsx";
import type { Row } from "./rows.ts";

/** One message; the role decides its look (visitor right, AI and agent left, system centred). */
export function MessageItem({ row }: { row: Row }) {
  const streaming = row.status === "streaming";
  return (
    <div
      class={`m ${row.role}${row.showWho ? " first" : ""}${row.status === "stored" || streaming ? "" : " pending"}`}
      data-testid="baton-message"
      data-role={row.role}
      data-seq={row.seq ?? undefined}
      data-status={row.status}
      aria-busy={streaming ? "true" : undefined}
    >
      {row.showWho && <Who row={row} />}
      <div class="bubble">
        <RichText text={row.text} />
        {streaming && <span class="caret" aria-hidden="true" />}
      </div>
      {row.citations.length > 0 && <Sources citations={row.citations} />}
      {row.status === "sending" && <div class="note">Sending…</div>}
      {row.status === "failed" && <div class="note error">Not sent: {row.error}</div>}
    </div>
  );
}

function Who({ row }: { row: Row }) {
  if (row.role === "ai") {
    return (
      <div class="who">
        <span class="av ai">
          <SparkIcon size={13} />
        </span>
        Assistant
      </div>
    );
  }
  if (row.role !== "agent") return null;
  const name = row.author ?? "Teammate";
  return (
    <div class="who">
      <span class="av" aria-hidden="true">
        {initials(name)}
      </span>
      {name}
    </div>
  );
}

function Sources({ citations }: { citations: Citation[] }) {
  return (
    <ul class="src" aria-label="Sources">
      {citations.map((c) => {
        const href = c.url ? safeHref(c.url) : null;
        return (
          <li key={c.articleId} data-testid="baton-citation">
            Source: {href ? <ExternalLink href={href}>{c.title}</ExternalLink> : c.title}
          </li>
        );
      })}
    </ul>
  );
}

export function initials(name: string): string {
  const letters = name.trim().split(/\s+/).slice(0, 2).map((part) => part[0] ?? "");
  return letters.join("").toUpperCase() || "?";
}
