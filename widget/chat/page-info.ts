import type { PageInfo } from "../../worker/protocol/index.ts";

/** The page the visitor is on, cut to the protocol's limits. */
export function currentPage(): PageInfo {
  const page: PageInfo = { url: location.href.slice(0, 2048), title: document.title.slice(0, 512) };
  if (document.referrer) page.referrer = document.referrer.slice(0, 2048);
  return page;
}
