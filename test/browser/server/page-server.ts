/**
 * A customer's own website on another origin (another port of 127.0.0.1):
 * it serves whatever HTML the scenario hands it, e.g. a page with the embed
 * snippet an admin copied from the console. Loopback only.
 */
import { createServer, type Server } from "node:http";
import { freePort } from "../../../bench/lib/ports.ts";

export interface PageServer {
  origin: string;
  setPage(html: string): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  let html = "<!doctype html><title>empty</title>";
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (next) => {
      html = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
