import { describeError } from "../api/api-error.ts";
import { type ArticleDraft, type KbArticle, type KbSite, kbApi } from "../api/kb-api.ts";
import { Observable } from "../lib/observable.ts";
import type { QuestionRef } from "../../../worker/protocol/index.ts";

const SITE_KEY = "baton.kb.site";
const DISCARD = "You have unsaved changes. Discard them?";

/** What the main column shows: nothing, a blank article, one from the list, or the knowledge gaps (admins). */
export type KbSelection = { kind: "none" } | { kind: "new" } | { kind: "article"; id: string } | { kind: "gaps" };

/**
 * The knowledge-base screen's state: which site, its articles, which one is
 * open, and the last failure. The editor keeps its own draft and tells the
 * store when it has unsaved changes, so switching away can ask first.
 */
export class KbStore extends Observable {
  sites: KbSite[] = [];
  siteId: string | null = null;
  articles: KbArticle[] = [];
  selection: KbSelection = { kind: "none" };
  loading = true;
  /** The last failure, as a sentence for the banner. */
  error: string | null = null;
  /** What just went right ("Saved."), shown until the next step. */
  notice: string | null = null;
  /** Bumped on every save, so the editor re-reads what the server stored. */
  revision = 0;
  private dirty = false;
  /** Agents read the knowledge base; admins and owners also write it (the server enforces this). */
  readonly canEdit: boolean;

  constructor(canEdit: boolean) {
    super();
    this.canEdit = canEdit;
  }

  get site(): KbSite | null {
    return this.sites.find((s) => s.id === this.siteId) ?? null;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** The site's own address, for article links stored as paths ("/help/returns"). */
  get siteBase(): string | null {
    return this.site?.allowedOrigins.find((o) => o !== "*") ?? null;
  }

  get current(): KbArticle | null {
    const selection = this.selection;
    return selection.kind === "article" ? (this.articles.find((a) => a.id === selection.id) ?? null) : null;
  }

  async start(): Promise<void> {
    try {
      this.sites = await kbApi.sites();
      const remembered = readSite();
      this.siteId = this.sites.find((s) => s.id === remembered)?.id ?? this.sites[0]?.id ?? null;
      await this.reload();
    } catch (error) {
      this.fail(error);
    } finally {
      this.loading = false;
      this.changed();
    }
  }

  async selectSite(id: string): Promise<void> {
    if (id === this.siteId || !this.mayLeave()) return;
    this.siteId = id;
    this.selection = { kind: "none" };
    this.notice = null;
    this.articles = [];
    writeSite(id);
    this.changed();
    await this.reload();
  }

  /** Fetches the article list again (after an import, or to see others' edits). */
  async reload(): Promise<void> {
    const siteId = this.siteId;
    if (!siteId) return;
    this.loading = true;
    this.changed();
    try {
      const articles = await kbApi.articles(siteId);
      if (siteId !== this.siteId) return; // the agent switched site meanwhile
      this.articles = articles;
      if (this.selection.kind === "article" && !this.current) this.selection = { kind: "none" };
    } catch (error) {
      this.fail(error);
    } finally {
      this.loading = false;
      this.changed();
    }
  }

  open(selection: KbSelection): void {
    if (!this.mayLeave()) return;
    this.selection = selection;
    this.error = null;
    this.notice = null;
    this.changed();
  }

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  /** Creates or updates the open article; failures are thrown for the editor to place by field. */
  async save(draft: ArticleDraft): Promise<KbArticle> {
    const siteId = this.requireSite();
    const current = this.current;
    const saved = current ? await kbApi.update(siteId, current.id, draft) : await kbApi.create(siteId, draft);
    this.articles = sortByTitle([...this.articles.filter((a) => a.id !== saved.id), saved]);
    this.selection = { kind: "article", id: saved.id };
    this.revision += 1;
    this.dirty = false;
    this.error = null;
    this.notice = current ? "Saved." : "Created.";
    this.changed();
    return saved;
  }

  /** Publishes the open draft: from now on the assistant answers from it. */
  async publish(id: string): Promise<void> {
    try {
      const published = await kbApi.publish(this.requireSite(), id);
      this.articles = sortByTitle([...this.articles.filter((a) => a.id !== id), published]);
      this.revision += 1;
      this.notice = "Published: the assistant answers from it now.";
      this.error = null;
    } catch (error) {
      this.fail(error);
    }
    this.changed();
  }

  /** Drafts an article from a gap group and opens it in the editor for review. */
  async draftFromGap(questions: QuestionRef[]): Promise<void> {
    try {
      const { article } = await kbApi.draftFromGap(this.requireSite(), questions);
      this.articles = sortByTitle([...this.articles, article]);
      this.selection = { kind: "article", id: article.id };
      this.revision += 1;
      this.notice = "Draft written from the agents' answers: review, edit, then publish.";
      this.error = null;
    } catch (error) {
      this.fail(error);
    }
    this.changed();
  }

  async remove(id: string): Promise<void> {
    try {
      await kbApi.remove(this.requireSite(), id);
      const title = this.articles.find((a) => a.id === id)?.title;
      this.articles = this.articles.filter((a) => a.id !== id);
      this.notice = title ? `Deleted “${title}”.` : "Deleted.";
      if (this.selection.kind === "article" && this.selection.id === id) this.selection = { kind: "none" };
      this.dirty = false;
      this.error = null;
    } catch (error) {
      this.fail(error);
    }
    this.changed();
  }

  fail(error: unknown): void {
    this.error = describeError(error);
    this.changed();
  }

  dismissError(): void {
    this.error = null;
    this.changed();
  }

  requireSite(): string {
    if (!this.siteId) throw new Error("No site is selected.");
    return this.siteId;
  }

  private mayLeave(): boolean {
    if (!this.dirty) return true;
    if (!window.confirm(DISCARD)) return false;
    this.dirty = false;
    return true;
  }
}

function sortByTitle(articles: KbArticle[]): KbArticle[] {
  return articles.sort((a, b) => a.title.localeCompare(b.title));
}

function readSite(): string | null {
  try {
    return localStorage.getItem(SITE_KEY);
  } catch {
    return null;
  }
}

function writeSite(id: string): void {
  try {
    localStorage.setItem(SITE_KEY, id);
  } catch {
    // Not remembered; the first site is picked next time.
  }
}
