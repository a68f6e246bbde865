/**
 * The skeleton the profiling scripts share: one prepared stack in a scratch
 * folder, then each target (ours, the runtime floor) started as the
 * concurrency phase starts it, handed to `run`, and stopped; everything the
 * run started is stopped and the folder removed, whatever happens.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopAll, stopAllOnExit } from "../lib/processes.ts";
import type { DevServer } from "../lib/wrangler-dev.ts";
import { prepareStack, startOurs, startRuntimeFloor, type Stack } from "../stack.ts";

export async function eachTarget(prefix: string, targets: readonly string[], run: (target: "ours" | "floor", server: DevServer, stack: Stack) => Promise<void>): Promise<void> {
  stopAllOnExit();
  const runDir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    const stack = await prepareStack(runDir);
    for (const name of targets) {
      const target = name === "ours" ? "ours" : "floor";
      const server = target === "ours" ? await startOurs(stack, "ours-concurrency") : await startRuntimeFloor(stack, "floor-concurrency");
      try {
        await run(target, server, stack);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await stopAll();
    // Object databases and the snapshot; nothing in them is needed once the figures are out.
    rmSync(runDir, { recursive: true, force: true });
  }
}
