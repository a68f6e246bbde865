/**
 * The concurrency driver: a separate Node process (so its sockets and event
 * loop are not the bench's) that holds N visitor/agent pairs, grows them on
 * command, and makes every visitor send a fixed number of messages with a
 * random phase, measuring arrival at the agent. Spoken to over IPC (messages.ts).
 */
import { writeFileSync } from "node:fs";
import { indexOf, messageText } from "../relay/measure.ts";
import { percentile, ms, sleep } from "../lib/stats.ts";
import type { DriverCommand, DriverReply } from "./messages.ts";
import { openPairs, pairOpener, type OpenPair, type PairOpener } from "./pairs.ts";

const pairs: OpenPair[] = [];
let opener: PairOpener | null = null;
/** Blasts so far: part of every clientId, since the product stores a repeated clientId once (idempotency). */
let round = 0;

function reply(message: DriverReply): void {
  process.send?.(message);
}

async function grow(command: Extract<DriverCommand, { cmd: "grow" }>): Promise<void> {
  const started = Date.now();
  opener ??= await pairOpener(command.target, command.base, command.origin);
  const { failed, error } = await openPairs(opener, pairs.length, command.to, command.parallel, pairs, started + command.timeoutMs);
  reply({ kind: "grown", pairs: pairs.length, failed, ms: Date.now() - started, error });
}

async function blast(command: Extract<DriverCommand, { cmd: "blast" }>): Promise<void> {
  const started = Date.now();
  round++;
  const { messages, intervalMs } = command;
  const total = pairs.length * messages;
  const sentAt = new Float64Array(total).fill(Number.NaN);
  const receivedAt = new Float64Array(total).fill(Number.NaN);
  let delivered = 0;
  pairs.forEach((pair) => {
    pair.agent.onFrame = (frame) => {
      const text = pair.textOf(frame);
      const index = text === null ? -1 : indexOf(text);
      if (index >= 0 && index < total && Number.isNaN(receivedAt[index])) {
        receivedAt[index] = performance.now();
        delivered++;
      }
    };
  });
  // Every pair sends at phase + k·interval; one sorted schedule, one timer loop.
  const schedule = pairs.flatMap((_, p) => {
    const phase = Math.random() * intervalMs;
    return Array.from({ length: messages }, (_, k) => ({ at: phase + k * intervalMs, index: p * messages + k }));
  });
  schedule.sort((a, b) => a.at - b.at);
  const t0 = performance.now();
  let sent = 0;
  for (let i = 0; i < schedule.length; ) {
    const now = performance.now() - t0;
    for (let event = schedule[i]; event && event.at <= now; event = schedule[++i]) {
      const pair = pairs[Math.floor(event.index / messages)];
      sentAt[event.index] = performance.now();
      if (pair?.visitor.send({ type: "message", clientId: `m${round}-${event.index}`, text: messageText(event.index) })) sent++;
    }
    await sleep(1);
  }
  const deadline = performance.now() + command.drainMs;
  while (delivered < sent && performance.now() < deadline) await sleep(25);
  const latencies: number[] = [];
  for (let i = 0; i < total; i++) {
    const latency = (receivedAt[i] ?? Number.NaN) - (sentAt[i] ?? Number.NaN);
    if (Number.isFinite(latency)) latencies.push(latency);
  }
  if (process.env.CONCURRENCY_TIMELINE) writeTimeline(`${process.env.CONCURRENCY_TIMELINE}-${process.env.DRIVER_NAME ?? "driver"}-${pairs.length}-${round}.txt`, sentAt, receivedAt, t0);
  const sorted = Float64Array.from(latencies).sort();
  const closed = pairs.filter((p) => p.visitor.closed || p.agent.closed);
  const first = closed[0];
  reply({
    kind: "blasted",
    pairs: pairs.length,
    sent: total,
    delivered,
    p50: ms(percentile(sorted, 50)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted[sorted.length - 1] ?? Number.NaN),
    closedSockets: closed.length,
    firstClose: first ? `${first.visitor.closeInfo || "open"} / ${first.agent.closeInfo || "open"}` : null,
    ms: Date.now() - started,
  });
}

/** Each message's send time (ms into the round) and latency, one per line ("NaN": lost): shows whether the tail is a stall or a backlog. */
function writeTimeline(file: string, sentAt: Float64Array, receivedAt: Float64Array, t0: number): void {
  const lines = Array.from(sentAt, (sent, i) => `${(sent - t0).toFixed(1)} ${((receivedAt[i] ?? Number.NaN) - sent).toFixed(2)}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
}

function shutdown(): void {
  for (const pair of pairs) {
    pair.visitor.close();
    pair.agent.close();
  }
  opener?.close();
  process.exit(0);
}

process.on("message", (raw: DriverCommand) => {
  const run = raw.cmd === "grow" ? grow(raw) : raw.cmd === "blast" ? blast(raw) : Promise.resolve(shutdown());
  run.catch((error: unknown) => reply({ kind: "error", message: String(error) }));
});
process.on("disconnect", shutdown);
