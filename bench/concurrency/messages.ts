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
      /** Messages 2…M of each conversation: the object is awake. */
      p50: number;
      p99: number;
      max: number;
      /** Message 1 of each conversation, after the pairs sat idle: it may wake a hibernated object. */
      first_p50: number;
      first_p99: number;
      closedSockets: number;
      firstClose: string | null;
      ms: number;
    }
  | { kind: "error"; message: string };
