import type { PageInfo } from "../../../worker/protocol/index.ts";
import { safeHttpUrl, shortUrl } from "../lib/format.ts";

/** Where the visitor is: the page title, its link, and where they came from. */
export function PageDetails({ page }: { page: PageInfo | null }) {
  if (!page) return <span class="muted">Unknown</span>;
  const href = safeHttpUrl(page.url);
  const referrer = page.referrer ? safeHttpUrl(page.referrer) : null;
  return (
    <div class="page-details">
      <span class="page-title">{page.title || "Untitled page"}</span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="page-url" title={page.url}>
          {shortUrl(page.url)}
        </a>
      ) : (
        <span class="page-url">{page.url}</span>
      )}
      {page.referrer && (
        <span class="muted page-url" title={page.referrer}>
          Came from{" "}
          {referrer ? (
            <a href={referrer} target="_blank" rel="noopener noreferrer nofollow">
              {shortUrl(page.referrer)}
            </a>
          ) : (
            page.referrer
          )}
        </span>
      )}
    </div>
  );
}
