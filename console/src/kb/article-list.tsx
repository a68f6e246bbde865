import { useState } from "preact/hooks";
import type { KbArticle } from "../api/kb-api.ts";
import { formatTime, shortUrl } from "../lib/format.ts";
import { useObservable } from "../lib/use-observable.ts";
import type { KbStore } from "./kb-store.ts";

/** The left column: which site, a filter, the articles, and "New article". */
export function ArticleList({ store }: { store: KbStore }) {
  useObservable(store);
  const [filter, setFilter] = useState("");
  const shown = matching(store.articles, filter);
  const selection = store.selection;
  const activeId = selection.kind === "article" ? selection.id : null;
  // A filter would likely hide the article about to be written.
  const newArticle = () => {
    setFilter("");
    store.open({ kind: "new" });
  };
  return (
    <aside class="kb-side" aria-label="Articles">
      <div class="kb-side-head">
        <label class="kb-site">
          <span class="briefing-label">Site</span>
          <select
            value={store.siteId ?? ""}
            onChange={(e) => void store.selectSite(e.currentTarget.value)}
            disabled={store.sites.length < 2}
            data-testid="kb-site-picker"
          >
            {store.sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </label>
        <div class="kb-filter">
          <input
            type="search"
            value={filter}
            placeholder="Filter by title or tag"
            aria-label="Filter articles"
            onInput={(e) => setFilter(e.currentTarget.value)}
            data-testid="kb-filter"
          />
          {store.canEdit && (
            <button type="button" class="btn btn-primary btn-sm" onClick={newArticle} disabled={!store.siteId} data-testid="kb-new">
              <span aria-hidden="true">+</span> New
            </button>
          )}
        </div>
        {store.canEdit && (
          <button
            type="button"
            class={`btn btn-secondary btn-sm kb-gaps-open ${selection.kind === "gaps" ? "is-active" : ""}`}
            onClick={() => store.open({ kind: "gaps" })}
            disabled={!store.siteId}
            aria-pressed={selection.kind === "gaps"}
            data-testid="kb-gaps-open"
          >
            Knowledge gaps
          </button>
        )}
        <span class="muted kb-count">
          {filter ? `${shown.length} of ${store.articles.length} articles` : `${store.articles.length} ${store.articles.length === 1 ? "article" : "articles"}`}
        </span>
      </div>
      <ul class="kb-list" data-testid="kb-article-list" aria-busy={store.loading}>
        {selection.kind === "new" && (
          <li>
            <span class="kb-item is-active is-new">
              <span class="kb-item-title">New article</span>
              <span class="muted kb-item-meta">Not saved yet</span>
            </span>
          </li>
        )}
        {shown.map((article) => (
          <li key={article.id}>
            <button
              type="button"
              class={`kb-item ${article.id === activeId ? "is-active" : ""}`}
              aria-current={article.id === activeId ? "true" : undefined}
              onClick={() => store.open({ kind: "article", id: article.id })}
              data-testid="kb-article-item"
              data-article-id={article.id}
            >
              <span class="kb-item-title">
                {article.status === "draft" && <span class="chip tone-warn kb-draft-chip">Draft</span>} {article.title}
              </span>
              <span class="muted kb-item-meta">
                <span class="kb-item-url">{article.url ? shortUrl(article.url) : "No URL"}</span>
                <span>{formatTime(article.updatedAt)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {!store.loading && shown.length === 0 && (
        <p class="panel-empty">{store.articles.length === 0 ? "No articles yet. Write one, or import a folder of Markdown files." : "No article matches."}</p>
      )}
    </aside>
  );
}

/** Every word of the filter must appear in the title or a tag. */
function matching(articles: KbArticle[], filter: string): KbArticle[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return articles;
  return articles.filter((a) => {
    const hay = `${a.title} ${a.tags.join(" ")}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
