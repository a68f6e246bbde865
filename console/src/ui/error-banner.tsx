/** A failure above a screen's content, as a sentence, until the agent dismisses it or the next step clears it. */
export function ErrorBanner({ error, onDismiss, testId }: { error: string | null; onDismiss: () => void; testId: string }) {
  if (!error) return null;
  return (
    <div class="banner banner-error" role="alert" data-testid={testId}>
      <span>{error}</span>
      <button type="button" class="btn btn-ghost btn-xs" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
