import { createServer } from "node:net";

/**
 * A loopback port nobody listens on right now: the kernel picks it (listen on
 * port 0), then it is released. Another process could take it in between; the
 * window is tiny and wrangler fails loudly if it happens. Shared by the bench
 * and the browser tests.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no port"))));
    });
  });
}
