/** Starts the Node peers (ws floor, Socket.IO) in their own processes on free ports. */
import { connect } from "node:net";
import path from "node:path";
import { freePort } from "../lib/ports.ts";
import { start, stop, type Started } from "../lib/processes.ts";
import { sleep } from "../lib/stats.ts";
import { benchEnv, ROOT } from "../lib/wrangler-dev.ts";

export interface Peer {
  port: number;
  process: Started;
  stop: () => Promise<void>;
}

export async function startPeer(script: "ws-relay.ts" | "socketio-relay.ts", logDir: string): Promise<Peer> {
  const port = await freePort();
  const file = path.join(ROOT, "bench/peers", script);
  const proc = start(script, [process.execPath, file, String(port)], {
    cwd: ROOT,
    env: benchEnv(),
    logFile: path.join(logDir, `${script}.log`),
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!proc.alive()) throw new Error(`${script} exited (${await proc.exited}); see ${logDir}`);
    if (await listening(port)) return { port, process: proc, stop: () => stop(proc) };
    await sleep(50);
  }
  await stop(proc);
  throw new Error(`${script} did not listen on ${port} within 15 s`);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
