/**
 * Where a relayed message's CPU goes: N pairs open (ours: by handoff and
 * claim, like the concurrency phase; the floor: persist-then-forward), then a
 * V8 CPU profile of the worker isolate while the pairs sit idle and while
 * every visitor sends messages. The summaries (self time per area of the
 * code and the top functions, ms per message) go to bench/profile/<target>.json.
 *   node bench/profile/cpu.ts [--pairs 100] [--messages 10] [--targets ours,floor]
 * Under wrangler dev the worker and all its Durable Objects share one isolate,
 * so one profile holds them all; the proxy workerd and D1's own worker are not in it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { messageText } from "../relay/measure.ts";
import { closePairs, openPairs, pairOpener, type OpenPair } from "../concurrency/pairs.ts";
import { meterDelta, perUnit, readMeter } from "../lib/meter-client.ts";
import { sleep } from "../lib/stats.ts";
import { ROOT } from "../lib/wrangler-dev.ts";
import { eachTarget } from "./each-target.ts";
import { bundleAreas } from "./bundle-areas.ts";
import { Profiler, summarize } from "./cdp-profiler.ts";

const { values } = parseArgs({ options: { pairs: { type: "string", default: "100" }, messages: { type: "string", default: "10" }, targets: { type: "string", default: "ours,floor" } } });
const N = Number(values.pairs);
const MESSAGES = Number(values.messages);
const INTERVAL_MS = 500;

await eachTarget("baton-profile-", values.targets.split(","), async (target, server, stack) => {
  const pairs: OpenPair[] = [];
  const opener = await pairOpener(target === "ours" ? "ours" : "floor", server.base, stack.origin);
  const opened = await openPairs(opener, 0, N, 8, pairs, Date.now() + 180_000);
  if (opened.error) throw new Error(`${target}: ${opened.error}`);
  // Past the product's deferred writes (a transcript batch waits up to 15 s).
  await sleep(16_000);
  const profiler = await Profiler.connect(server.inspectorPort);
  const areaOf = target === "ours" ? bundleAreas(readFileSync(path.join(stack.snapshot.dir, "bundle/index.js"), "utf8")) : () => "bench/runtime-floor";
  await profiler.start();
  const idleFrom = await readMeter(server.base);
  await sleep(5000);
  const idleMeter = meterDelta(idleFrom, await readMeter(server.base));
  const idle = summarize(await profiler.stop(), areaOf);
  let delivered = 0;
  for (const pair of pairs) pair.agent.onFrame = (frame) => void (pair.textOf(frame) !== null && delivered++);
  await profiler.start();
  const from = await readMeter(server.base);
  for (let k = 0; k < MESSAGES; k++) {
    const t0 = Date.now();
    pairs.forEach((pair, p) => pair.visitor.send({ type: "message", clientId: `p${k}-${p}`, text: messageText(k * N + p) }));
    await sleep(Math.max(0, INTERVAL_MS - (Date.now() - t0)));
  }
  const deadline = Date.now() + 20_000;
  while (delivered < N * MESSAGES && Date.now() < deadline) await sleep(50);
  // Deferred work a message causes (briefings, transcript batches) counts against it too.
  await sleep(3000);
  const meter = perUnit(meterDelta(from, await readMeter(server.base)), delivered);
  const relay = summarize(await profiler.stop(), areaOf);
  profiler.close();
  const out = {
    target,
    pairs: N,
    messages: delivered,
    measured_on: new Date().toISOString(),
    note: "Self time in the worker isolate (V8 sampling, 200 µs). relay covers sending plus 3 s after the last delivery; its busy_ms / messages is the isolate's CPU per message (the proxy workerd and D1 are not in it).",
    idle: { ...idle, meter: idleMeter },
    relay: { ...relay, busy_ms_per_msg: Math.round((relay.busy_ms / Math.max(1, delivered)) * 1000) / 1000, meter_per_msg: meter },
  };
  writeFileSync(path.join(ROOT, `bench/profile/${target}.json`), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${target}: ${delivered} messages, isolate busy ${relay.busy_ms} ms (${out.relay.busy_ms_per_msg} ms/msg), idle busy ${idle.busy_ms} ms in 5 s`);
  for (const a of relay.areas.slice(0, 12)) console.log(`  ${a.area}: ${a.ms} ms (${a.pct} %)`);
  opener.close();
  closePairs(pairs);
});
