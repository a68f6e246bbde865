/**
 * Bundles the agent console into `<outDir>/console/`: index.html, console.js
 * and console.css. Only esbuild is used here (no node: imports) so this file
 * type-checks under both the worker's and the console's tsconfig.
 */
import { build } from "esbuild";

/** The console folder, from this module's URL (works wherever the repo lives). */
const CONSOLE_DIR = decodeURIComponent(new URL(".", import.meta.url).pathname);

export async function buildConsole(outDir: string): Promise<void> {
  await build({
    absWorkingDir: CONSOLE_DIR,
    // The JS entry imports its CSS, so esbuild emits console.css beside console.js.
    entryPoints: { console: "src/main.tsx", index: "index.html" },
    outdir: `${outDir}/console`,
    entryNames: "[name]",
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
    logLevel: "warning",
  });
}
