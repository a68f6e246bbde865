/**
 * `npm run build`: the static files the worker serves — the demo site, the
 * widget (loader + app) and the agent console — into dist/, with the
 * widget's gzip sizes printed against its budget.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildConsole } from "../../console/build.ts";
import { buildWidget } from "../../widget/build.ts";
import { buildHelpPages } from "../demo/help-pages.ts";
import { DEMO } from "./demo-data.ts";
import { ROOT } from "./wrangler.ts";

export const DIST = path.join(ROOT, "dist");

export async function buildAll(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  await buildWidget(DIST);
  await buildConsole(DIST);
  const pages = buildHelpPages(DIST, DEMO.kbFolder);
  console.log(`demo help centre: ${pages} pages in dist/help/`);
}

if (import.meta.main) await buildAll();
