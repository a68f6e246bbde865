/**
 * What an open conversation weighs in the worker isolate's JavaScript heap:
 * N pairs open (ours: by handoff and claim; the floor: persist-then-forward),
 * every one woken by a message so its object is in memory, then the heap after
 * a full collection, against the heap with no pairs. The isolate runs every
 * Durable Object of the worker, so this is what memory pressure grows with.
 *   node bench/profile/heap.ts [--pairs 1000,2000] [--targets ours]
 * (the floor's inspector did not answer HeapProfiler.collectGarbage within two minutes when tried, so it is not a default)
 */
import { parseArgs } from "node:util";
import { messageText } from "../relay/measure.ts";
import { closePairs, openPairs, pairOpener, type OpenPair } from "../concurrency/pairs.ts";
import { sleep } from "../lib/stats.ts";
import { eachTarget } from "./each-target.ts";
import { Profiler } from "./cdp-profiler.ts";

const { values } = parseArgs({ options: { pairs: { type: "string", default: "1000,2000" }, targets: { type: "string", default: "ours" } } });
const steps = values.pairs.split(",").map(Number);

/** An inspector call that may go unanswered (workerd does not implement every method). */
function within<T>(call: Promise<T>, what: string): Promise<T> {
  return Promise.race([call, sleep(120_000).then(() => Promise.reject(new Error(`inspector: no answer to ${what}`)))]);
}

async function heapMb(profiler: Profiler): Promise<number> {
  await within(profiler.call("HeapProfiler.enable"), "HeapProfiler.enable");
  const started = Date.now();
  await within(profiler.call("HeapProfiler.collectGarbage"), "HeapProfiler.collectGarbage");
  console.log(`  full collection answered in ${Date.now() - started} ms`);
  const usage = (await within(profiler.call("Runtime.getHeapUsage"), "Runtime.getHeapUsage")) as { usedSize?: number } | undefined;
  if (typeof usage?.usedSize !== "number") throw new Error(`inspector: Runtime.getHeapUsage answered ${JSON.stringify(usage)}`);
  return Math.round((usage.usedSize / 1024 / 1024) * 10) / 10;
}

await eachTarget("baton-heap-", values.targets.split(","), async (target, server, stack) => {
  const profiler = await Profiler.connect(server.inspectorPort);
  const opener = await pairOpener(target === "ours" ? "ours" : "floor", server.base, stack.origin);
  const pairs: OpenPair[] = [];
  const base = await heapMb(profiler);
  for (const n of steps) {
    const opened = await openPairs(opener, pairs.length, n, 8, pairs, Date.now() + 300_000);
    if (opened.error) throw new Error(`${target}: ${opened.error}`);
    // One message each, so every object is in memory (those opened first may have hibernated).
    let delivered = 0;
    for (const pair of pairs) pair.agent.onFrame = (frame) => void (pair.textOf(frame) !== null && delivered++);
    pairs.forEach((pair, p) => pair.visitor.send({ type: "message", clientId: `h${n}-${p}`, text: messageText(p) }));
    const deadline = Date.now() + 30_000;
    while (delivered < pairs.length && Date.now() < deadline) await sleep(50);
    const used = await heapMb(profiler);
    const perPairKb = Math.round(((used - base) * 1024) / pairs.length);
    console.log(`${target} ${pairs.length} pairs (${delivered} woken): heap ${used} MB (${base} MB with none), ${perPairKb} KB per open pair`);
  }
  profiler.close();
  opener.close();
  closePairs(pairs);
});
