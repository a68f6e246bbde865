/**
 * Maps a line of the product's bundle (wrangler's esbuild output) to the
 * source it came from: esbuild starts each module with a `// path` comment,
 * so a frame's line number tells whether the time went to zod, hono, the
 * protocol, the conversation object, …
 */
import type { AreaOf } from "./cdp-profiler.ts";

const MODULE_COMMENT = /^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/;

/** Areas are folders: node_modules/<package>, or worker/<folder>. */
function areaOfPath(file: string): string {
  const parts = file.replace(/^(\.\.\/)+/, "").split("/");
  const nm = parts.lastIndexOf("node_modules");
  if (nm >= 0) {
    const pkg = parts[nm + 1]?.startsWith("@") ? `${parts[nm + 1]}/${parts[nm + 2]}` : parts[nm + 1];
    return `node_modules/${pkg ?? "?"}`;
  }
  return parts.length > 2 ? parts.slice(0, 2).join("/") : file;
}

export function bundleAreas(bundle: string): AreaOf {
  const starts: { line: number; area: string }[] = [];
  bundle.split("\n").forEach((text, line) => {
    const match = MODULE_COMMENT.exec(text);
    if (match?.[1]) starts.push({ line, area: areaOfPath(match[1]) });
  });
  return (frame) => {
    if (!frame.url) return `(runtime) ${frame.functionName}`;
    if (!frame.url.endsWith("index.js")) return frame.url.split("/").slice(-2).join("/");
    let lo = 0;
    let hi = starts.length - 1;
    let found = "(bundle prelude)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid];
      if (!start) break;
      if (start.line <= frame.lineNumber) {
        found = start.area;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
