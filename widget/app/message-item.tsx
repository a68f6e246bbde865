import type { Citation } from "../../worker/protocol/index.ts";
import { lang, t } from "../i18n/words.ts";
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
      {row.status === "sending" && <div class="note">{t("Sending…")}</div>}
      {row.status === "failed" && <div class="note error">{t("Not sent: {0}", row.error ?? "")}</div>}
    </div>
  );
}

function Who({ row }: { row: Row }) {
  const name = row.author ?? t("Teammate");
  if (row.role === "system") return null;
  return (
    <div class="who">
      {row.role === "ai" ? (
        <span class="av ai">
          <SparkIcon size={13} />
        </span>
      ) : (
        row.role === "agent" && (
          <span class="av" aria-hidden="true">
            {initials(name)}
          </span>
        )
      )}
      {row.role === "ai" ? t("Assistant") : row.role === "agent" && name}
      {row.at && <Time at={row.at} />}
    </div>
  );
}

/** Clock time; the date too when it was not today. In English the browser's own format (24 h or 12 h); in a translation, its language's. */
function Time({ at }: { at: number }) {
  const date = new Date(at);
  const today = date.toDateString() === new Date().toDateString();
  const text = date.toLocaleString(lang === "en" ? [] : lang, today ? { timeStyle: "short" } : { dateStyle: "short", timeStyle: "short" });
  return <time dateTime={date.toISOString()}>{text}</time>;
}

function Sources({ citations }: { citations: Citation[] }) {
  return (
    <ul class="src" aria-label={t("Sources")}>
      {citations.map((c) => {
        const href = c.url ? safeHref(c.url) : null;
        return (
          <li key={c.articleId} data-testid="baton-citation">
            {t("Source:")} {href ? <ExternalLink href={href}>{c.title}</ExternalLink> : c.title}
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
