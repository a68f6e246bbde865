import { describeError } from "../api/api-error.ts";
import { HISTORY_PAGE, historyApi, type PastConversation, type PastTranscript } from "../api/history-api.ts";
import type { ConversationState } from "../../../worker/protocol/index.ts";
import { Observable } from "../lib/observable.ts";

/**
 * The history screen's state: a page-by-page list of conversations (newest
 * activity first, optionally one state only) and the transcript that is open.
 * Reads D1 through the API; live work stays in the inbox.
 */
export class HistoryStore extends Observable {
  state: ConversationState | null = "resolved";
  conversations: PastConversation[] = [];
  loading = false;
  /** More pages exist (the last one came back full). */
  more = false;
  selectedId: string | null = null;
  transcript: PastTranscript | null = null;
  transcriptLoading = false;
  error: string | null = null;
  // Answers to an older filter or selection are dropped.
  private listRun = 0;
  private openRun = 0;

  /** The first page again (a new filter, or the screen was opened). */
  reload(): Promise<void> {
    return this.fetchPage(null);
  }

  /** The next page, older than the last conversation shown. */
  loadMore(): Promise<void> {
    const last = this.conversations.at(-1);
    if (!last || this.loading) return Promise.resolve();
    return this.fetchPage(last.updatedAt);
  }

  private async fetchPage(before: number | null): Promise<void> {
    const run = ++this.listRun;
    this.loading = true;
    this.error = null;
    this.changed();
    try {
      const page = await historyApi.list({ state: this.state, before });
      if (run !== this.listRun) return;
      const known = new Set(before === null ? [] : this.conversations.map((c) => c.id));
      this.conversations = [...(before === null ? [] : this.conversations), ...page.filter((c) => !known.has(c.id))];
      this.more = page.length === HISTORY_PAGE;
    } catch (error) {
      if (run === this.listRun) this.error = describeError(error);
    } finally {
      if (run === this.listRun) this.loading = false;
      this.changed();
    }
  }

  filter(state: ConversationState | null): void {
    this.state = state;
    void this.reload();
  }

  async open(id: string): Promise<void> {
    const run = ++this.openRun;
    this.selectedId = id;
    this.transcript = null;
    this.transcriptLoading = true;
    this.changed();
    try {
      const transcript = await historyApi.transcript(id);
      if (run === this.openRun) this.transcript = transcript;
    } catch (error) {
      if (run === this.openRun) this.error = describeError(error);
    } finally {
      if (run === this.openRun) this.transcriptLoading = false;
      this.changed();
    }
  }

  dismissError(): void {
    this.error = null;
    this.changed();
  }
}
