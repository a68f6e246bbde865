/**
 * The outside web, as the worker under test sees it (miniflare's
 * outboundService): a help centre with one real-looking article page.
 */
const ARTICLE = `<!doctype html>
<html><head><title>Returns | Shop Help</title><style>body{color:red}</style><script>window.track=1</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/help">Help</a></nav></header>
<main>
  <h1>Returning an item</h1>
  <p>You can return unused items within <strong>30 days</strong> of delivery &amp; get a full refund.</p>
  <h2>How to start a return</h2>
  <ol><li>Sign in and open Orders.</li><li>Choose Return items and print the label.</li></ol>
  <p>Drop the parcel at any post office.</p>
  <form><button>Was this helpful?</button></form>
</main>
<footer>© Shop 2026 · Cookie settings</footer>
</body></html>`;

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/help/returns") return new Response(ARTICLE, { headers: { "Content-Type": "text/html; charset=utf-8" } });
    return new Response("<h1>Not found</h1>", { status: 404, headers: { "Content-Type": "text/html" } });
  },
};
