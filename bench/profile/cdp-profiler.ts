/**
 * A V8 CPU profile of the worker under `wrangler dev` through its inspector
 * (Chrome DevTools protocol over a WebSocket), and a summary of it: self time
 * per function and per area of the code.
 */
import WebSocket from "ws";
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export class Profiler {
  private readonly ws: WebSocket;
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on("message", (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  /** The first target the inspector lists (under wrangler dev: the worker, whose isolate runs its Durable Objects too). */
  static async connect(inspectorPort: number): Promise<Profiler> {
    const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl: string }[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error(`inspector on ${inspectorPort}: no target`);
    // wrangler's inspector proxy wants a local Origin (DevTools sends one).
    const ws = new WebSocket(url, { origin: "http://localhost", maxPayload: 1 << 30 });
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", (error) => reject(new Error(`inspector ${url}: ${error.message}`)));
    });
    return new Profiler(ws);
  }

  call(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  async start(intervalUs = 200): Promise<void> {
    await this.call("Profiler.enable");
    await this.call("Profiler.setSamplingInterval", { interval: intervalUs });
    await this.call("Profiler.start");
  }

  async stop(): Promise<CpuProfile> {
    const result = (await this.call("Profiler.stop")) as { profile: CpuProfile };
    return result.profile;
  }

  close(): void {
    this.ws.close();
  }
}

export interface ProfileSummary {
  sampled_ms: number;
  idle_ms: number;
  busy_ms: number;
  /** Self time per area (area() below), ms and % of busy time. */
  areas: { area: string; ms: number; pct: number }[];
  /** The functions with the most self time. */
  top: { fn: string; ms: number; pct: number }[];
  /** The same, with the three callers above each (innermost first): which path spends it. */
  stacks: { stack: string; ms: number; pct: number }[];
}

/** Which part of the code a frame belongs to, from its function name and bundle position. */
export type AreaOf = (frame: ProfileNode["callFrame"]) => string;

export function summarize(profile: CpuProfile, areaOf: AreaOf, topN = 30): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"}:${n.callFrame.lineNumber + 1}`;
  const stacks = new Map<string, number>();
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let idle = 0;
  let total = 0;
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const name = node.callFrame.functionName || "(anonymous)";
    if (name === "(idle)" || name === "(program)") {
      if (name === "(idle)") idle += us;
      else areas.set("(program: runtime outside JS)", (areas.get("(program: runtime outside JS)") ?? 0) + us);
      continue;
    }
    const area = areaOf(node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const key = `${name} ${node.callFrame.url.split("/").pop() ?? ""}:${node.callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const chain = [label(node)];
    for (let p = parent.get(id), i = 0; p !== undefined && i < 3; p = parent.get(p), i++) {
      const up = byId.get(p);
      if (up) chain.push(label(up));
    }
    const stack = chain.join(" ← ");
    stacks.set(stack, (stacks.get(stack) ?? 0) + us);
  }
  const busy = total - idle;
  const rows = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([k, us]) => ({ k, ms: Math.round(us / 100) / 10, pct: Math.round((us / Math.max(1, busy)) * 1000) / 10 }));
  return {
    sampled_ms: Math.round(total / 1000),
    idle_ms: Math.round(idle / 1000),
    busy_ms: Math.round(busy / 1000),
    areas: rows(areas).map(({ k, ms, pct }) => ({ area: k, ms, pct })),
    top: rows(fns).slice(0, topN).map(({ k, ms, pct }) => ({ fn: k, ms, pct })),
    stacks: rows(stacks).slice(0, topN).map(({ k, ms, pct }) => ({ stack: k, ms, pct })),
  };
}
