import { randomId } from "../auth/base64url.ts";
import { toBlob, type Embedder } from "../kb/embedder.ts";
import type { Article, ArticleRepo } from "../kb/article-repo.ts";
import type { QuestionRef } from "../protocol/index.ts";
import { extractiveDraft, type DraftText } from "./extractive-draft.ts";
import { repliesAfterHandoff } from "./gap-list.ts";
import { insertGap } from "./gap-store.ts";
import { representative } from "./grouping.ts";
import { llmDraft } from "./llm-draft.ts";
import { questionsByRef } from "./question-repo.ts";
import { chooseSimilarity, lexicalFor, questionStems, sum } from "./similarity.ts";

export interface DraftContext {
  db: D1Database;
  store: ArticleRepo;
  embedder: Embedder | null;
  /** The model that writes the article, when the site answers with Workers AI; null: extractive. */
  writer: { ai: Ai; model: string } | null;
  workspaceId: string;
  siteId: string;
  agentId: string;
}

export type DraftOutcome =
  | { ok: true; article: Article; gapId: string; writtenBy: string; questions: number }
  | { ok: false; why: "no_questions" | "no_answers" };

/** The model's article, or the extractive one when the model fails (the admin edits a draft either way). */
async function write(context: DraftContext, label: string, questions: string[], replies: string[][]): Promise<{ text: DraftText; by: string } | null> {
  if (context.writer) {
    try {
      return { text: await llmDraft(context.writer.ai, context.writer.model, questions, replies), by: context.writer.model };
    } catch (error) {
      console.warn(`drafting with ${context.writer.model} failed; drafting from the agents' sentences:`, String(error));
    }
  }
  const text = extractiveDraft(label, questions, replies, await lexicalFor(context.db, [...questions, ...replies.flat()]));
  return text ? { text, by: "extractive" } : null;
}

/**
 * Turns a group of questions (the refs the gap list gave) into a DRAFT
 * article written from what the agents answered in those conversations, and
 * keeps the group (its terms and, with embeddings, its centroid) so that the
 * questions asked after the article is published can be matched to it.
 */
export async function draftFromQuestions(context: DraftContext, refs: QuestionRef[]): Promise<DraftOutcome> {
  const questions = await questionsByRef(context.db, context.siteId, refs);
  if (questions.length === 0) return { ok: false, why: "no_questions" };
  const texts = questions.map((q) => q.text);
  const similarity = await chooseSimilarity(context.db, context.embedder, texts);
  const vectors = await similarity.vectors(texts);
  const centroid = sum(vectors);
  const label = representative({ members: questions, vectors, centroid }, similarity).text;
  const byConversation = await repliesAfterHandoff(context.db, questions);
  const replies = [...new Set(questions.map((q) => q.conversationId))].map((id) => byConversation.get(id) ?? []);
  if (replies.every((r) => r.length === 0)) return { ok: false, why: "no_answers" };
  const written = await write(context, label, texts, replies);
  if (!written) return { ok: false, why: "no_answers" };
  const article = await context.store.save(context.siteId, { title: written.text.title, body: written.text.body, tags: [] }, randomId(12), "draft");
  const terms = new Map<string, number>();
  for (const text of texts) for (const t of questionStems(text)) terms.set(t, (terms.get(t) ?? 0) + 1);
  const gapId = randomId(12);
  await insertGap(context.db, {
    id: gapId,
    workspaceId: context.workspaceId,
    siteId: context.siteId,
    articleId: article.id,
    label,
    terms: Object.fromEntries(terms),
    embedding: centroid.kind === "dense" ? toBlob(centroid.values) : null,
    model: centroid.kind === "dense" ? similarity.name : null,
    questions: questions.length,
    createdBy: context.agentId,
    createdAt: Date.now(),
  });
  return { ok: true, article, gapId, writtenBy: written.by, questions: questions.length };
}
