import { z } from "zod";
import { AiMeta, GapImpacts, GapList, type QuestionRef } from "../../../worker/protocol/index.ts";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

export const KbSite = z.object({ id: z.string(), name: z.string(), allowedOrigins: z.array(z.string()) });
export type KbSite = z.infer<typeof KbSite>;

export const KbArticle = z.object({
  id: z.string(),
  siteId: z.string(),
  title: z.string(),
  body: z.string(),
  url: z.string().nullable(),
  tags: z.array(z.string()),
  updatedAt: z.number(),
  /** A draft (from a knowledge gap) answers nothing until an admin publishes it. */
  status: z.enum(["draft", "published"]).default("published"),
});
export type KbArticle = z.infer<typeof KbArticle>;

/** What the editor sends: `url` null clears it. */
export interface ArticleDraft {
  title: string;
  body: string;
  url: string | null;
  tags: string[];
}

/** One Markdown file of a folder import; the slug (file name) makes re-importing update in place. */
export interface ImportedFile extends ArticleDraft {
  slug?: string;
}

export const UrlImportResult = z.object({
  url: z.string(),
  ok: z.boolean(),
  id: z.string().optional(),
  title: z.string().optional(),
  error: z.string().optional(),
});
export type UrlImportResult = z.infer<typeof UrlImportResult>;

export const TryAnswer = z.object({ question: z.string(), answer: z.string(), meta: AiMeta });
export type TryAnswer = z.infer<typeof TryAnswer>;

const Sites = z.object({ sites: z.array(KbSite) });
const Articles = z.object({ articles: z.array(KbArticle) });
const OneArticle = z.object({ article: KbArticle });
const Imported = z.object({ imported: z.number(), articles: z.array(z.object({ id: z.string(), title: z.string() })) });
const UrlResults = z.object({ results: z.array(UrlImportResult) });
const Reindexed = z.object({ embedded: z.number() });
const Ok = z.object({ ok: z.boolean() });
const Drafted = z.object({ article: KbArticle, gapId: z.string(), writtenBy: z.string() });

const base = (siteId: string) => apiPath(`/sites/${encodeURIComponent(siteId)}`);
const one = (siteId: string, id: string) => `${base(siteId)}/articles/${encodeURIComponent(id)}`;

/** The knowledge-base API (worker/http/kb-routes.ts), for agents. */
export const kbApi = {
  async sites(): Promise<KbSite[]> {
    return (await apiRequest("GET", apiPath("/sites"), Sites)).sites;
  },

  async articles(siteId: string): Promise<KbArticle[]> {
    return (await apiRequest("GET", `${base(siteId)}/articles`, Articles)).articles;
  },

  async create(siteId: string, draft: ArticleDraft): Promise<KbArticle> {
    return (await apiRequest("POST", `${base(siteId)}/articles`, OneArticle, { body: draft })).article;
  },

  async update(siteId: string, id: string, draft: ArticleDraft): Promise<KbArticle> {
    return (await apiRequest("PUT", one(siteId, id), OneArticle, { body: draft })).article;
  },

  async remove(siteId: string, id: string): Promise<void> {
    await apiRequest("DELETE", one(siteId, id), Ok);
  },

  /** At most 500 articles per call (the server's limit). */
  async importFiles(siteId: string, articles: ImportedFile[]): Promise<number> {
    return (await apiRequest("POST", `${base(siteId)}/articles/import`, Imported, { body: { articles } })).imported;
  },

  /** At most 50 URLs per call; each is fetched once by the server. */
  async importUrls(siteId: string, urls: string[]): Promise<UrlImportResult[]> {
    return (await apiRequest("POST", `${base(siteId)}/articles/import-urls`, UrlResults, { body: { urls } })).results;
  },

  async reindex(siteId: string): Promise<number> {
    return (await apiRequest("POST", `${base(siteId)}/reindex`, Reindexed)).embedded;
  },

  async publish(siteId: string, id: string): Promise<KbArticle> {
    return (await apiRequest("POST", `${one(siteId, id)}/publish`, OneArticle)).article;
  },

  /** The questions the AI could not answer in the last `days`, grouped (admins). */
  gaps(siteId: string, days: number): Promise<GapList> {
    return apiRequest("GET", `${base(siteId)}/gaps?days=${days}`, GapList);
  },

  /** Before and after, per tracked gap (admins). */
  impact(siteId: string): Promise<GapImpacts> {
    return apiRequest("GET", `${base(siteId)}/gaps/impact`, GapImpacts);
  },

  /** A draft article from a group's questions and the agents' answers to them. */
  draftFromGap(siteId: string, questions: QuestionRef[]): Promise<z.infer<typeof Drafted>> {
    return apiRequest("POST", `${base(siteId)}/gaps/drafts`, Drafted, { body: { questions } });
  },

  /** What the offline assistant would answer, with its evidence. */
  async ask(siteId: string, question: string): Promise<TryAnswer> {
    return apiRequest("GET", `${base(siteId)}/search?q=${encodeURIComponent(question)}`, TryAnswer);
  },
};
