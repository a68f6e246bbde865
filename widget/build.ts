/**
 * Builds the widget into `outDir`: widget.js (the loader sites embed),
 * widget-app.js (the chat, loaded on first open), widget-handoff.js (waiting for
 * a person and the email form, loaded once the visitor asks for a person) and widget-i18n-<lang>.js (one language's
 * words, loaded when the visitor's language is not English), plus the demo
 * pages. Prints the three budgets and fails the build when one is blown.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, transform, type BuildOptions, type Plugin } from "esbuild";
import { minify } from "terser";
import { I18N_GLOBAL, LIB_GLOBAL, HANDOFF_GLOBAL } from "./shared/global-names.ts";
import { LANGUAGES } from "./i18n/language.ts";

const HERE = import.meta.dirname;

/** Budgets in gzip bytes (issue 11): the launcher costs almost nothing on every page view. */
export const BUDGETS = {
  /** widget.js, on every page view. */
  loader: 2048,
  /** widget.js + widget-app.js: what a visitor has downloaded once the chat is open. */
  firstOpen: 15360,
  /** Everything, the on-demand files included, with the largest language's words. */
  total: 22528,
} as const;

const TRANSLATED = LANGUAGES.filter((lang) => lang !== "en");

/**
 * JSX as `h(type, props, …children)`: Preact's own createElement, already in
 * the bundle, instead of the automatic runtime's extra jsx() (a few hundred
 * bytes of budget). Only for the files with JSX: an injected file is bundled
 * wherever it is injected.
 */
const JSX: BuildOptions = { jsx: "transform", jsxFactory: "h", jsxFragment: "Fragment", inject: [path.join(HERE, "shared/jsx-factory.ts")] };

const ENTRIES: { file: string; options: BuildOptions }[] = [
  // On every page view: the oldest syntax the loader's code allows.
  { file: "widget.js", options: { entryPoints: [path.join(HERE, "loader.ts")], target: "es2020" } },
  { file: "widget-app.js", options: { entryPoints: [path.join(HERE, "app/main.tsx")], ...JSX } },
  { file: "widget-handoff.js", options: { entryPoints: [path.join(HERE, "handoff/main.ts")], plugins: [appPreact()], ...JSX } },
  ...TRANSLATED.map((lang) => ({
    file: `widget-i18n-${lang}.js`,
    options: {
      // One language per file: importing its module alone keeps the others out.
      stdin: {
        contents:
          `import { ${lang.toUpperCase()} as t } from "./translations/${lang}.ts"; import { noticeText } from "./format.ts";` +
          `window.${I18N_GLOBAL} = { words: t.words, notice: (notice) => noticeText(t.notices, "${lang}", notice) };`,
        resolveDir: path.join(HERE, "i18n"),
        loader: "ts" as const,
      },
    },
  })),
];

export interface WidgetWeights {
  /** gzip -9 bytes of each built file. */
  files: Record<string, { raw: number; gzip: number }>;
  loader: number;
  app: number;
  /** widget-handoff.js. */
  handoff: number;
  /** The largest language file. */
  language: number;
  firstOpen: number;
  total: number;
}

export async function buildWidget(outDir: string): Promise<WidgetWeights> {
  mkdirSync(outDir, { recursive: true });
  for (const { file, options } of ENTRIES) writeFileSync(path.join(outDir, file), await bundle(options));
  // The demo businesses: Kestrel at /, Northwind (a second workspace) at /northwind/.
  for (const [page, target] of [["index.html", "index.html"], ["northwind.html", "northwind/index.html"]] as const) {
    const source = path.join(HERE, "demo", page);
    if (!existsSync(source)) continue;
    mkdirSync(path.dirname(path.join(outDir, target)), { recursive: true });
    copyFileSync(source, path.join(outDir, target));
  }
  const weights = weighWidget(outDir);
  printWeights(weights);
  const over = (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).filter((name) => weights[name] > BUDGETS[name]);
  if (over.length > 0) {
    throw new Error(`the widget is over budget: ${over.map((name) => `${name} ${weights[name]} B gzip > ${BUDGETS[name]} B`).join("; ")}`);
  }
  return weights;
}

/** The sizes the budgets are about, from built files (the bench reads them the same way). */
export function weighWidget(outDir: string): WidgetWeights {
  const files: WidgetWeights["files"] = {};
  for (const { file } of ENTRIES) {
    const full = path.join(outDir, file);
    if (!existsSync(full)) throw new Error(`${file} was not built`);
    const bytes = readFileSync(full);
    files[file] = { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
  }
  const gz = (file: string) => files[file]?.gzip ?? 0;
  const loader = gz("widget.js");
  const app = gz("widget-app.js");
  const handoff = gz("widget-handoff.js");
  const language = Math.max(...TRANSLATED.map((lang) => gz(`widget-i18n-${lang}.js`)));
  return { files, loader, app, handoff, language, firstOpen: loader + app, total: loader + app + handoff + language };
}

async function bundle(options: BuildOptions): Promise<Uint8Array> {
  const result = await build({
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    // The app already needs ES2022 at run time (Array.at; the CSS needs :has() and color-mix(), which came later).
    target: "es2022",
    legalComments: "none",
    // Class fields as plain assignments: es2020 has no native fields, and the
    // `__publicField` helper calls esbuild would emit instead cost budget.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    logLevel: "warning",
    ...options,
    plugins: [cssAsText, ...(options.plugins ?? [])],
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`esbuild produced nothing for ${JSON.stringify(options.entryPoints ?? "stdin")}`);
  // esbuild bundles; terser then packs about 2 % tighter, which the budgets need. Safe options only.
  const packed = await minify(output.text, { ecma: 2020, compress: { passes: 3 }, mangle: true, format: { comments: false } });
  if (!packed.code) throw new Error(`terser produced nothing for ${output.path}`);
  return new TextEncoder().encode(packed.code);
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

/**
 * For widget-handoff.js: `preact` is the app's, which it leaves on `window`
 * (app/main.tsx), so this file's components render in the app's tree and it
 * carries no second Preact. Only what the app hands over can be imported;
 * anything else fails this build.
 */
function appPreact(): Plugin {
  return {
    name: "app-preact",
    setup(build) {
      build.onResolve({ filter: /^preact$/ }, (args) => ({ path: args.path, namespace: "app-preact" }));
      build.onLoad({ filter: /.*/, namespace: "app-preact" }, () => ({
        contents: `const lib = window.${LIB_GLOBAL}; export const h = lib.h, Fragment = lib.Fragment, Component = lib.Component;`,
        loader: "js",
      }));
    },
  };
}

function printWeights(weights: WidgetWeights): void {
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(22) : c.padStart(10))).join(" ");
  console.log(line(["widget asset", "raw", "gzip", "budget"]));
  for (const [file, size] of Object.entries(weights.files)) console.log(line([file, `${size.raw} B`, `${size.gzip} B`, file === "widget.js" ? `${BUDGETS.loader} B` : "-"]));
  const budget = (label: string, value: number, limit: number) =>
    console.log(line([label, "", `${value} B`, `${limit} B`]) + (value > limit ? "  OVER" : ""));
  budget("first open (loader+app)", weights.firstOpen, BUDGETS.firstOpen);
  budget("all (+handoff, +1 lang)", weights.total, BUDGETS.total);
  // One line for scripts (bench/widget/weight.ts reads the files itself, with weighWidget).
  const { loader, app, handoff, language, firstOpen, total } = weights;
  console.log(`widget-weight ${JSON.stringify({ loader_gz: loader, app_gz: app, handoff_gz: handoff, lang_gz: language, first_open_gz: firstOpen, total_gz: total })}`);
}
