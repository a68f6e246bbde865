import { useEffect, useState } from "preact/hooks";
import { useObservable } from "../lib/use-observable.ts";
import { ArticleEditor } from "./article-editor.tsx";
import { ArticleList } from "./article-list.tsx";
import { GapsView } from "./gaps-view.tsx";
import { ImportPanel } from "./import-panel.tsx";
import { KbStore } from "./kb-store.ts";
import { ReindexCard } from "./reindex-card.tsx";
import { TryQuestion } from "./try-question.tsx";
import { ErrorBanner } from "../ui/error-banner.tsx";

/**
 * The knowledge base the AI answers from: articles on the left, the open one
 * (or, for admins, the knowledge gaps) in the middle, imports and "try a
 * question" on the right.
 */
export function KbScreen({ visible, canEdit }: { visible: boolean; canEdit: boolean }) {
  const [store] = useState(() => new KbStore(canEdit));
  useObservable(store);
  useEffect(() => void store.start(), [store]);

  // Back from the inbox: pick up what other agents changed meanwhile.
  const [shownBefore, setShownBefore] = useState(false);
  useEffect(() => {
    if (!visible) return;
    if (shownBefore) void store.reload();
    setShownBefore(true);
  }, [visible]);

  // A reload or a closed tab would lose the draft: let the browser ask.
  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (store.hasUnsavedChanges) event.preventDefault();
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, [store]);

  const selection = store.selection;
  const editorKey = `${selection.kind === "article" ? selection.id : selection.kind}:${store.revision}`;
  return (
    <div class="kb" data-testid="kb-screen" hidden={!visible}>
      <ArticleList store={store} />
      <main class="kb-main">
        <ErrorBanner error={store.error} onDismiss={() => store.dismissError()} testId="kb-error" />
        {selection.kind === "none" ? (
          <KbEmpty store={store} />
        ) : selection.kind === "gaps" ? (
          <GapsView store={store} />
        ) : (
          <ArticleEditor key={editorKey} store={store} article={store.current} />
        )}
      </main>
      <aside class="kb-tools" aria-label="Knowledge base tools">
        <TryQuestion store={store} />
        {store.canEdit && <ImportPanel store={store} />}
        {store.canEdit && <ReindexCard store={store} />}
      </aside>
    </div>
  );
}

function KbEmpty({ store }: { store: KbStore }) {
  return (
    <div class="empty-main kb-empty" data-testid="kb-empty">
      <svg width="56" height="56" viewBox="0 0 24 24" aria-hidden="true" class="empty-icon">
        <path
          d="M5 4.5A1.5 1.5 0 0 1 6.5 3H18v15H6.5A1.5 1.5 0 0 0 5 19.5zm0 15A1.5 1.5 0 0 0 6.5 21H18v-3M9 7h5M9 10h5"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      {store.notice && <p class="kb-ok">{store.notice}</p>}
      <h2>{store.loading && store.articles.length === 0 ? "Loading articles…" : store.canEdit ? "Pick an article to edit" : "Pick an article to read"}</h2>
      <p>The assistant answers visitors from these articles. Keep them short, specific and up to date.</p>
      {store.canEdit ? (
        <button type="button" class="btn btn-primary" onClick={() => store.open({ kind: "new" })} disabled={!store.siteId}>
          Write a new article
        </button>
      ) : (
        <p class="muted" data-testid="kb-read-only">
          You can read the articles; an admin edits them.
        </p>
      )}
    </div>
  );
}
