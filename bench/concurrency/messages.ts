/** What the bench (parent) and the concurrency driver (child process) say to each other over IPC. */
export type Target = "ours" | "floor";

export type DriverCommand =
  | { cmd: "grow"; target: Target; base: string; origin: string; to: number; parallel: number; timeoutMs: number }
  | { cmd: "blast"; messages: number; intervalMs: number; drainMs: number }
  | { cmd: "exit" };

export type DriverReply =
  | { kind: "grown"; pairs: number; failed: number; ms: number; error: string | null }
  | {
      kind: "blasted";
      pairs: number;
      sent: number;
      delivered: number;
      p50: number;
      p99: number;
      max: number;
      closedSockets: number;
      firstClose: string | null;
      ms: number;
    }
  | { kind: "error"; message: string };
