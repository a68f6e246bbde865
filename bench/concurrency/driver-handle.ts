/** The bench's side of the concurrency driver: starts the process and asks it things over IPC. */
import path from "node:path";
import { start, stop, type Started } from "../lib/processes.ts";
import { benchEnv, ROOT } from "../lib/wrangler-dev.ts";
import type { DriverCommand, DriverReply } from "./messages.ts";

export class DriverHandle {
  private readonly proc: Started;

  constructor(logDir: string, name: string) {
    const file = path.join(ROOT, "bench/concurrency/driver.ts");
    this.proc = start(name, [process.execPath, file], { cwd: ROOT, env: { ...benchEnv(), DRIVER_NAME: name }, logFile: path.join(logDir, `${name}.log`), ipc: true });
  }

  request(command: DriverCommand, timeoutMs: number): Promise<DriverReply> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done({ kind: "error", message: `driver: no answer to ${command.cmd} within ${timeoutMs} ms` }), timeoutMs);
      const onMessage = (message: DriverReply) => done(message);
      const onExit = () => done({ kind: "error", message: "driver process exited" });
      const done = (message: DriverReply) => {
        clearTimeout(timer);
        this.proc.child.off("message", onMessage);
        this.proc.child.off("exit", onExit);
        resolve(message);
      };
      this.proc.child.on("message", onMessage);
      this.proc.child.once("exit", onExit);
      this.proc.child.send(command);
    });
  }

  async stop(): Promise<void> {
    if (this.proc.alive()) this.proc.child.send({ cmd: "exit" } satisfies DriverCommand);
    await Promise.race([this.proc.exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    await stop(this.proc);
  }
}

export function describe(reply: DriverReply): string {
  return reply.kind === "error" ? reply.message : `unexpected reply ${reply.kind}`;
}
