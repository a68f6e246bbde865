/**
 * Bundles the agent console into `<outDir>/console/`: index.html, console.js
 * and console.css, plus chunks/ for what is imported dynamically. Only esbuild is used here (no node: imports) so this file
 * type-checks under both the worker's and the console's tsconfig.
 */
import { build, type Plugin } from "esbuild";

/** The console folder, from this module's URL (works wherever the repo lives). */
const CONSOLE_DIR = decodeURIComponent(new URL(".", import.meta.url).pathname);

export async function buildConsole(outDir: string): Promise<void> {
  await build({
    // Absolute entries, so a relative outDir means relative to the caller's working directory.
    // The JS entry imports its CSS, so esbuild emits console.css beside console.js.
    entryPoints: { console: `${CONSOLE_DIR}src/main.tsx`, index: `${CONSOLE_DIR}index.html` },
    outdir: `${outDir}/console`,
    entryNames: "[name]",
    // Screens loaded on demand (the Reports tab and its charts) become chunks the first load never fetches.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    minify: true,
    sourcemap: false,
    format: "esm",
    target: "es2020",
    platform: "browser",
    jsx: "automatic",
    jsxImportSource: "preact",
    loader: { ".html": "copy" },
    legalComments: "none",
    plugins: [englishOnlyZod],
    logLevel: "warning",
  });
}

/**
 * zod re-exports every locale as a namespace (`z.locales`), which defeats
 * tree-shaking: ~260 kB of translations the console never shows. Its own
 * imports of the locale index get English only. If zod moves that file the
 * filter stops matching and the bundle is merely bigger.
 */
const englishOnlyZod: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: "zod-locales", pluginData: args.resolveDir };
    });
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: String(args.pluginData),
      loader: "js",
    }));
  },
};
