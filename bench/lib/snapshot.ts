/**
 * Freezes the product for one bench run: the worker bundled once
 * (`wrangler deploy --dry-run --outdir`), the built static files copied, and a
 * copy of wrangler.toml pointing at both, served with `--no-bundle`. wrangler
 * dev reloads the worker, and drops every socket, when a source file changes;
 * the copy keeps edits made during a run from ending its connections.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, runToEnd } from "./wrangler-dev.ts";

export interface ProductSnapshot {
  config: string;
  dir: string;
}

export function snapshotProduct(runDir: string, root = ROOT): ProductSnapshot {
  const dir = path.join(runDir, "product");
  const bundle = path.join(dir, "bundle");
  const assets = path.join(dir, "dist");
  runToEnd(path.join(ROOT, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", bundle], 120_000, root);
  cpSync(path.join(root, "dist"), assets, { recursive: true });
  const original = readFileSync(path.join(root, "wrangler.toml"), "utf8");
  const config = replaceSetting(replaceSetting(original, "main", path.join(bundle, "index.js")), "directory", assets);
  const file = path.join(dir, "wrangler.toml");
  writeFileSync(file, config);
  return { config: file, dir };
}

/** Replaces `key = "…"` (first occurrence, at the start of a line); fails loudly when the layout changed. */
function replaceSetting(toml: string, key: string, value: string): string {
  const pattern = new RegExp(`^${key}\\s*=\\s*"[^"]*"`, "m");
  if (!pattern.test(toml)) throw new Error(`wrangler.toml: no \`${key} = "…"\` line to point at the snapshot`);
  return toml.replace(pattern, `${key} = ${JSON.stringify(value)}`);
}
