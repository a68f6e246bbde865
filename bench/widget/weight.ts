/**
 * Widget weight: what a visitor downloads before the first open (the loader,
 * dist/widget.js), on it (plus the app, dist/widget-app.js), and everything
 * the widget can load (plus widget-handoff.js on the way to a person and the
 * largest language file), gzip -9, measured by the build's own weighWidget so
 * the bench and the budget check agree. The app's only other requests are API
 * calls (site settings JSON, the conversation), not assets.
 */
import path from "node:path";
import { weighWidget } from "../../widget/build.ts";
import { ROOT, runToEnd } from "../lib/wrangler-dev.ts";

export interface WidgetWeight {
  loader_gz: number;
  app_gz: number;
  /** Loader + app: everything a visitor has downloaded once the chat is open. */
  full_gz: number;
  /** widget-handoff.js: the offer, the wait, "Email me instead" (loaded when needed). */
  handoff_gz: number;
  /** The largest widget-i18n-<lang>.js (one is loaded when the visitor's language is not English). */
  lang_gz: number;
  /** All of it: loader, app, handoff and one language. */
  total_gz: number;
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
  const w = weighWidget(path.join(ROOT, "dist"));
  return {
    loader_gz: w.loader,
    app_gz: w.app,
    full_gz: w.firstOpen,
    handoff_gz: w.handoff,
    lang_gz: w.language,
    total_gz: w.total,
    loader_raw: w.files["widget.js"]?.raw ?? 0,
    app_raw: w.files["widget-app.js"]?.raw ?? 0,
    build,
  };
}
