import { useEffect, useState } from "preact/hooks";
import { useObservable } from "../lib/use-observable.ts";
import { HistoryList } from "./history-list.tsx";
import { HistoryStore } from "./history-store.ts";
import { PastTranscriptView } from "./past-transcript.tsx";
import { ErrorBanner } from "../ui/error-banner.tsx";

/**
 * Conversations after the fact: the list on the left, a read-only transcript
 * on the right. Mounted each time the screen is shown, so what was just
 * resolved in the inbox is there.
 */
export function HistoryScreen({ myName }: { myName: string }) {
  const [store] = useState(() => new HistoryStore());
  useObservable(store);
  useEffect(() => void store.reload(), [store]);

  return (
    <div class="kb history" data-testid="history-screen">
      <HistoryList store={store} />
      <main class="kb-main">
        <ErrorBanner error={store.error} onDismiss={() => store.dismissError()} testId="history-error" />
        {store.transcript ? (
          <PastTranscriptView key={store.transcript.conversation.id} transcript={store.transcript} myName={myName} />
        ) : (
          <div class="empty-main" data-testid="history-empty">
            <h2>{store.transcriptLoading ? "Loading the transcript…" : "Pick a conversation"}</h2>
            <p>Every conversation is kept with its whole transcript: the AI's answers, the handover and the agent's replies.</p>
          </div>
        )}
      </main>
    </div>
  );
}
