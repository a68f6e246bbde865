import { useState } from "preact/hooks";
import { copyText } from "../lib/copy-text.ts";

/** A single-use link to hand to someone (until the deployment sends email), with a copy button. */
export function LinkToCopy({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="admin-card link-to-copy" data-testid="link-to-copy">
      <p>{label}</p>
      <div class="admin-row">
        <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="link-url" />
        <button type="button" class="btn btn-secondary btn-sm" onClick={async () => setCopied(await copyText(url))}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
