/**
 * `npm run build`: the static files the worker serves — the demo site, the
 * widget (loader + app) and the agent console — into dist/, with the
 * widget's gzip sizes printed against its budget.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildConsole } from "../../console/build.ts";
import { buildWidget } from "../../widget/build.ts";
import { ROOT } from "./wrangler.ts";

export const DIST = path.join(ROOT, "dist");

export async function buildAll(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  await buildWidget(DIST);
  await buildConsole(DIST);
}

if (import.meta.main) await buildAll();
