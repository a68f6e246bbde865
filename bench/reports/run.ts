/** Runs the reports bench alone: node bench/reports/run.ts [--conversations 100000] [--queries 30] */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT, runToEnd } from "../lib/wrangler-dev.ts";
import { stopAllOnExit } from "../lib/processes.ts";
import { measureReports, reportsRunDir } from "./measure.ts";

stopAllOnExit();
// wrangler dev serves dist/ (the widget and console): build it once if this checkout has none.
if (!existsSync(path.join(ROOT, "dist"))) runToEnd(process.execPath, [path.join(ROOT, "worker/cli/build.ts")], 300_000);
const { values } = parseArgs({ options: { conversations: { type: "string", default: "100000" }, queries: { type: "string", default: "30" } } });
const result = await measureReports(reportsRunDir(), Number(values.conversations), Number(values.queries));
console.log(JSON.stringify({ reports: result }, null, 2));
