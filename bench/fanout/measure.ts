/**
 * Fan-out of one routing queue object: N agents online (presence socket) and
 * on one team's queue feed (a manual team, so nobody is offered anything and
 * every handoff is one `queue_update` to every feed). Measures the time from
 * a visitor's request_human to the last of the N agents receiving it, first
 * for lone handoffs (the feed sends a change after a quiet spell at once),
 * then at a steady rate (changes within 50 ms go out as one queue_batch), with
 * the workerd processes' CPU over each part, and last lone handoffs again with
 * all but a team's worth of feeds closed (the same object, now with the
 * earlier handoffs still waiting in it). The agents' sessions were minted
 * by the seed (bench/lib/bench-seed.ts --fanout): N password sign-ins at
 * PBKDF2 100k would be the setup, not the measurement.
 */
import { signToken } from "../../worker/auth/signed-token.ts";
import type { BatonClient } from "../lib/baton-client.ts";
import type { Frame, FrameSocket } from "../lib/frame-socket.ts";
import { inBatches } from "../lib/in-batches.ts";
import { cpuMsOf, round, workerdSamples } from "../lib/proc-stats.ts";
import { currentLoad } from "../report/machine.ts";
import { meterDelta, readMeter } from "../lib/meter-client.ts";
import { ms, sleep, summarize } from "../lib/stats.ts";
import { FANOUT_SITE, FANOUT_TEAM, fanoutSession } from "../routing/burst-agents.ts";

export interface FanoutPlan {
  agents: number;
  /** Handoffs one at a time, each after the previous one reached every agent (or timed out). */
  lone: number;
  /** Then handoffs at this rate for this long. */
  ratePerS: number;
  rateSeconds: number;
  /** Last, lone handoffs again with all but this many feeds closed: the same object fanning out to a team this size. */
  smallTeam: number;
  smallLone: number;
}

export interface FanoutPart {
  handoffs: number;
  /** Per handoff: request_human sent → the last agent's queue_update. */
  last_agent_p50: number;
  last_agent_p99: number;
  /** Per (handoff, agent) delivery. */
  delivery_p50: number;
  delivery_p99: number;
  delivered_ratio: number;
  /** Handoffs some agent never got within the wait (left out of last_agent_*). */
  incomplete: number;
  worker_cpu_ms_per_handoff: number;
  proxy_cpu_ms_per_handoff: number;
  /** The worker workerd's CPU over the part, % of one core. */
  worker_cpu_pct: number;
  /** This bench process's CPU over the part (the 1,000 client sockets), % of one core. */
  client_cpu_pct: number;
  /** 1-minute load average at the part's start (the machine is shared: 2 cores). */
  load: number;
  /** Per handoff, from the meter: RPC calls into each object class (the queue's place and wait updates are RPCs to conversations). */
  rpc_per_handoff: Record<string, number>;
}

export interface FanoutResult {
  agents: number;
  setup_ms: number;
  rss_mb: number;
  lone: FanoutPart;
  rate: FanoutPart & { rate_per_s: number };
  /** Lone handoffs to `agents` feeds of the same queue object, the rest closed. */
  small: FanoutPart & { agents: number };
}

interface Sent {
  at: number;
  seen: Uint8Array;
  count: number;
  last: number;
}

const LONE_TIMEOUT_MS = 5000;
const DRAIN_MS = 8000;

export async function measureFanout(client: BatonClient, secret: string, serverPid: number, plan: FanoutPlan, signal: AbortSignal): Promise<FanoutResult> {
  const sockets: FrameSocket[] = [];
  const sent = new Map<string, Sent>();
  let deliveries: number[] = [];
  const receive = (agent: number) => (frame: Frame) => {
    for (const id of waitingIds(frame)) {
      const s = sent.get(id);
      if (!s || s.seen[agent]) continue;
      const now = performance.now();
      s.seen[agent] = 1;
      s.count += 1;
      s.last = now;
      deliveries.push(now - s.at);
    }
  };
  try {
    const t0 = performance.now();
    const rated = Math.round(plan.ratePerS * plan.rateSeconds);
    const handoffs = plan.lone + rated + plan.smallLone;
    const visitors = await inBatches(handoffs, 16, async () => {
      const { conversationId, token } = await client.createConversation(FANOUT_SITE);
      const socket = await client.visitorSocket(conversationId, token);
      sockets.push(socket);
      return { conversationId, socket };
    });
    const feeds = await inBatches(plan.agents, 16, async (i) => {
      if (signal.aborted) throw new Error("aborted");
      const token = await signToken(secret, `v1:agent:${fanoutSession(i)}`);
      const feed = await client.queueSocket(token, FANOUT_TEAM);
      sockets.push(feed);
      return feed;
    });
    feeds.forEach((feed, i) => (feed.onFrame = receive(i)));
    const setupMs = performance.now() - t0;
    const request = (v: { conversationId: string; socket: FrameSocket }): Sent => {
      const s: Sent = { at: performance.now(), seen: new Uint8Array(plan.agents), count: 0, last: 0 };
      sent.set(v.conversationId, s);
      v.socket.send({ type: "request_human" });
      return s;
    };
    const loneHandoffs = (vs: typeof visitors, agents: number) => async () => {
      for (const v of vs) {
        if (signal.aborted) break;
        const s = request(v);
        const deadline = performance.now() + LONE_TIMEOUT_MS;
        while (s.count < agents && performance.now() < deadline) await sleep(2);
        // A quiet spell longer than the feed's 50 ms batch window: the next one goes out at once.
        await sleep(100);
      }
    };
    const taken = () => ({ sent, deliveries });
    const lone = await part(client.base, serverPid, plan.agents, loneHandoffs(visitors.slice(0, plan.lone), plan.agents), taken);
    sent.clear();
    deliveries = [];
    const gap = 1000 / plan.ratePerS;
    const rate = await part(client.base, serverPid, plan.agents, async () => {
      const start = performance.now();
      for (const [i, v] of visitors.slice(plan.lone, plan.lone + rated).entries()) {
        if (signal.aborted) break;
        const wait = start + i * gap - performance.now();
        if (wait > 0) await sleep(wait);
        request(v);
      }
      const deadline = performance.now() + DRAIN_MS;
      while ([...sent.values()].some((s) => s.count < plan.agents) && performance.now() < deadline) await sleep(10);
    }, taken);
    const rss = workerdSamples(serverPid).reduce((sum, p) => sum + p.rssMb, 0);
    for (const feed of feeds.slice(plan.smallTeam)) feed.close();
    // The queue object sees the closes before the next handoff.
    await sleep(2000);
    sent.clear();
    deliveries = [];
    const small = await part(client.base, serverPid, plan.smallTeam, loneHandoffs(visitors.slice(plan.lone + rated), plan.smallTeam), taken);
    return {
      agents: plan.agents,
      setup_ms: Math.round(setupMs),
      rss_mb: round(rss),
      lone,
      rate: { ...rate, rate_per_s: plan.ratePerS },
      small: { ...small, agents: plan.smallTeam },
    };
  } finally {
    for (const socket of sockets) socket.close();
    client.closePresence();
  }
}

/** Runs one part and sums it up, with the CPU the server's processes and this process used meanwhile. */
async function part(base: string, serverPid: number, agents: number, run: () => Promise<void>, taken: () => { sent: Map<string, Sent>; deliveries: number[] }): Promise<FanoutPart> {
  const meter0 = await readMeter(base);
  const procs = workerdSamples(serverPid);
  const worker = procs.filter((p) => p.role === "worker").map((p) => p.pid);
  const proxy = procs.filter((p) => p.role === "proxy").map((p) => p.pid);
  const load = currentLoad();
  const [w0, p0, c0, t0] = [cpuMsOf(worker), cpuMsOf(proxy), process.cpuUsage(), performance.now()];
  await run();
  const wallMs = performance.now() - t0;
  const meter = meterDelta(meter0, await readMeter(base));
  const [w1, p1, c1] = [cpuMsOf(worker), cpuMsOf(proxy), process.cpuUsage(c0)];
  const { sent, deliveries } = taken();
  const all = [...sent.values()];
  const complete = all.filter((s) => s.count === agents).map((s) => s.last - s.at);
  const lastAgent = summarize(complete);
  const delivery = summarize(deliveries);
  const n = Math.max(1, all.length);
  return {
    handoffs: all.length,
    last_agent_p50: lastAgent.p50,
    last_agent_p99: lastAgent.p99,
    delivery_p50: delivery.p50,
    delivery_p99: delivery.p99,
    delivered_ratio: ms(deliveries.length / (n * agents)),
    incomplete: all.length - complete.length,
    worker_cpu_ms_per_handoff: round((w1 - w0) / n, 2),
    proxy_cpu_ms_per_handoff: round((p1 - p0) / n, 2),
    worker_cpu_pct: round(((w1 - w0) / wallMs) * 100),
    client_cpu_pct: round(((c1.user + c1.system) / 1000 / wallMs) * 100),
    load,
    rpc_per_handoff: Object.fromEntries(Object.entries(meter).flatMap(([owner, c]) => (c.rpc ? [[owner, round(c.rpc / n, 1)]] : []))),
  };
}

/** Conversation ids a feed frame says are waiting: a lone queue_update, or each of a queue_batch's. */
function waitingIds(frame: Frame): string[] {
  const updates = frame.type === "queue_batch" && Array.isArray(frame.updates) ? (frame.updates as Frame[]) : frame.type === "queue_update" ? [frame] : [];
  const ids: string[] = [];
  for (const u of updates) {
    const entry = u.entry as { conversationId?: unknown } | undefined;
    if (u.event === "waiting" && typeof entry?.conversationId === "string") ids.push(entry.conversationId);
  }
  return ids;
}
