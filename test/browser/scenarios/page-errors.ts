/**
 * Last check: no page threw an uncaught error at any point of the run
 * (widget, console or demo page), even where every visible step passed.
 */
import assert from "node:assert/strict";
import type { RunContext } from "../lib/run-context.ts";
import type { Scenario } from "../lib/scenarios.ts";

export function pageErrorScenarios(run: RunContext): Scenario[] {
  return [
    {
      name: "no uncaught errors in any page",
      run: async () => {
        const lines = run.pageErrors.map((e) => `${e.who} ${e.url}: ${e.message}`);
        assert.deepEqual(lines, [], `uncaught page errors:\n${lines.join("\n")}`);
      },
    },
  ];
}
