/**
 * Builds the widget into `outDir`: widget.js (the loader sites embed) and
 * widget-app.js (the chat, loaded on demand), plus the demo page. Prints each
 * asset's size and fails the build when the gzip budget is blown.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, transform, type Plugin } from "esbuild";

const HERE = import.meta.dirname;

/** Budgets in gzip bytes: the launcher must cost almost nothing on every page view. */
export const LOADER_BUDGET = 2048;
export const TOTAL_BUDGET = 15360;

const ENTRIES = [
  { file: "widget.js", entry: path.join(HERE, "loader.ts"), budget: LOADER_BUDGET },
  { file: "widget-app.js", entry: path.join(HERE, "app/main.tsx"), budget: null },
] as const;

interface Asset {
  file: string;
  raw: number;
  gzip: number;
  budget: number | null;
}

export async function buildWidget(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const assets: Asset[] = [];
  for (const { file, entry, budget } of ENTRIES) {
    const code = await bundle(entry);
    writeFileSync(path.join(outDir, file), code);
    assets.push({ file, raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, budget });
  }
  // The demo businesses: Kestrel at /, Northwind (a second workspace) at /northwind/.
  for (const [page, target] of [["index.html", "index.html"], ["northwind.html", "northwind/index.html"]] as const) {
    const source = path.join(HERE, "demo", page);
    if (!existsSync(source)) continue;
    mkdirSync(path.dirname(path.join(outDir, target)), { recursive: true });
    copyFileSync(source, path.join(outDir, target));
  }

  const total = assets.reduce((sum, a) => sum + a.gzip, 0);
  printTable([...assets, { file: "total", raw: assets.reduce((sum, a) => sum + a.raw, 0), gzip: total, budget: TOTAL_BUDGET }]);
  const loader = assets[0];
  if (loader && loader.gzip > LOADER_BUDGET) {
    throw new Error(`widget.js is ${loader.gzip} B gzip, over its ${LOADER_BUDGET} B budget`);
  }
  if (total > TOTAL_BUDGET) throw new Error(`the widget is ${total} B gzip in total, over its ${TOTAL_BUDGET} B budget`);
}

async function bundle(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2020",
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
    // Class fields as plain assignments: es2020 has no native fields, and the
    // `__publicField` helper calls esbuild would emit instead cost budget.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    logLevel: "warning",
    plugins: [cssAsText],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.contents;
}

/** `import css from "./x.css"`: the file's rules, minified, as a string (for a shadow root's <style>). */
const cssAsText: Plugin = {
  name: "css-as-text",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, "utf8"), { loader: "css", minify: true });
      return { contents: code.trim(), loader: "text" };
    });
  },
};

function printTable(rows: Asset[]): void {
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(10))).join(" ");
  console.log(line(["widget asset", "raw", "gzip", "budget"]));
  for (const row of rows) {
    const over = row.budget !== null && row.gzip > row.budget ? "  OVER" : "";
    console.log(line([row.file, `${row.raw} B`, `${row.gzip} B`, row.budget === null ? "-" : `${row.budget} B`]) + over);
  }
}
