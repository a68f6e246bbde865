import fc from "fast-check";
import type { TestSocket } from "../helpers/socket.ts";
import { badFrames, SENTINEL_PREFIX, type RawFrame, type SocketRole } from "./bad-frames.ts";
import { fuzzParameters, type FuzzResult } from "./fuzz-options.ts";


let sentinels = 0;

function send(socket: TestSocket, raw: RawFrame): void {
  socket.sendRaw(typeof raw === "string" ? raw : (raw.slice().buffer as ArrayBuffer));
}

/**
 * Sends `frames` and then a sentinel (a frame of an unknown type, refused
 * with its name as `ref`), and returns how many `error` frames came back
 * before the sentinel's. The server answers a socket's frames in order, so
 * those are exactly the answers to `frames`.
 */
async function errorsFor(socket: TestSocket, frames: RawFrame[]): Promise<number> {
  const sentinel = `${SENTINEL_PREFIX}${++sentinels}`;
  const from = socket.frames.length;
  for (const raw of frames) send(socket, raw);
  socket.sendRaw(JSON.stringify({ type: sentinel }));
  await socket.take("error", (f) => f.ref === sentinel, 10_000);
  const answers = socket.frames.slice(from);
  const end = answers.findIndex((f) => f.type === "error" && f.ref === sentinel);
  return answers.slice(0, end).filter((f) => f.type === "error").length;
}

/** A batch went wrong: find the frames that did, one by one, so the failure names them. */
async function culprits(socket: TestSocket, frames: RawFrame[]): Promise<string> {
  if (socket.closed) return `the socket was closed (${socket.closed.code} ${socket.closed.reason})`;
  const wrong: string[] = [];
  for (const raw of frames) {
    const answers = await errorsFor(socket, [raw]);
    if (answers !== 1) wrong.push(`${answers} errors for ${typeof raw === "string" ? JSON.stringify(raw.slice(0, 300)) : `binary ${raw.byteLength} bytes`}`);
    if (wrong.length >= 5) break;
  }
  return wrong.join("\n") || "every frame answered once when sent alone (an ordering effect)";
}

/**
 * Property: every generated bad frame for `role` is answered by exactly one
 * typed `error` (the socket helper fails the test on any frame outside the
 * protocol, so "typed" is checked there) and the socket stays open. Frames
 * go in batches on one socket and answers are counted, so 10,000 take
 * seconds, not minutes; a failing batch is replayed frame by frame to name
 * the frames, in place of fast-check's shrinking (fuzz-options.ts).
 */
export async function fuzzSocket(socket: TestSocket, role: SocketRole, total = 10_000, batch = 250): Promise<FuzzResult> {
  const started = Date.now();
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(badFrames(role), { minLength: batch, maxLength: batch }), async (frames) => {
      sent += frames.length;
      const answers = await errorsFor(socket, frames);
      if (answers !== frames.length || socket.closed) {
        throw new Error(`${answers} errors for ${frames.length} frames on the ${role} socket:\n${await culprits(socket, frames)}`);
      }
    }),
    fuzzParameters(Math.ceil(total / batch)),
  );
  return { sent, ms: Date.now() - started };
}
