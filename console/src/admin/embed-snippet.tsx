import { useState } from "preact/hooks";
import { copyText } from "../lib/copy-text.ts";

/** The one tag to paste into the site's pages, with a copy button. */
export function EmbedSnippet({ snippet }: { snippet: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div class="admin-card">
      <h3>Embed on your site</h3>
      <p class="muted">Paste this tag before <code>&lt;/body&gt;</code> on every page that should show the chat. The page's origin must be in the allowed origins.</p>
      <pre class="embed-code" data-testid="embed-snippet">{snippet}</pre>
      <div class="admin-row">
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          onClick={async () => {
            setCopied(await copyText(snippet));
            setTimeout(() => setCopied(null), 2000);
          }}
          data-testid="embed-copy"
        >
          Copy
        </button>
        {copied === true && <span class="muted" role="status">Copied.</span>}
        {copied === false && <span class="text-bad" role="status">Copy failed: select the text and copy it.</span>}
      </div>
    </div>
  );
}
