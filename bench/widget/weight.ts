/**
 * Widget weight: what a visitor downloads before the first open (the loader,
 * dist/widget.js) and after it (plus the app, dist/widget-app.js), gzip -9
 * as the build's budget check measures it. The app's only other requests
 * are API calls (site settings JSON, the conversation), not assets.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, runToEnd } from "../lib/wrangler-dev.ts";

export interface WidgetWeight {
  loader_gz: number;
  app_gz: number;
  /** Loader + app: everything a visitor has downloaded once the chat is open. */
  full_gz: number;
  loader_raw: number;
  app_raw: number;
  build: string;
}

/** Builds (node worker/cli/build.ts) and weighs; a failed build (e.g. over budget) still leaves the files to weigh. */
export function buildAndWeigh(): WidgetWeight {
  let build = "ok";
  try {
    runToEnd(process.execPath, [path.join(ROOT, "worker/cli/build.ts")], 180_000);
  } catch (error) {
    build = `failed: ${String(error).split("\n").slice(0, 3).join(" ")}`;
  }
  const loader = weigh("dist/widget.js");
  const app = weigh("dist/widget-app.js");
  return { loader_gz: loader.gz, app_gz: app.gz, full_gz: loader.gz + app.gz, loader_raw: loader.raw, app_raw: app.raw, build };
}

function weigh(file: string): { raw: number; gz: number } {
  const full = path.join(ROOT, file);
  if (!existsSync(full)) throw new Error(`${file} was not built`);
  const bytes = readFileSync(full);
  return { raw: bytes.byteLength, gz: gzipSync(bytes, { level: 9 }).byteLength };
}
