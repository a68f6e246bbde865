import { ClientFrame } from "./client-frames.ts";
import { MAX_FRAME_BYTES } from "./limits.ts";
import type { ServerFrameOf } from "./server-frames.ts";

export type ParseResult =
  | { ok: true; frame: ClientFrame }
  | { ok: false; error: ServerFrameOf<"error"> };

/**
 * Turns a raw WebSocket frame into a typed client frame. Never throws: every
 * failure becomes the `error` frame to send back, so the socket stays open.
 */
export function parseClientFrame(raw: string | ArrayBuffer): ParseResult {
  if (typeof raw !== "string") {
    return fail("invalid_frame", "binary frames are not supported; send JSON text");
  }
  // Cheap bound first: a UTF-8 string is at most 3 bytes per UTF-16 unit.
  if (raw.length * 3 > MAX_FRAME_BYTES && utf8Length(raw) > MAX_FRAME_BYTES) {
    return fail("frame_too_large", `frame is larger than ${MAX_FRAME_BYTES} bytes`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail("bad_json", "frame is not valid JSON");
  }
  const parsed = ClientFrame.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    // Only a string names a frame type; String() of an object such as {"toString": 1} throws (found by fuzzing).
    const type: unknown = typeof data === "object" && data && "type" in data ? data.type : undefined;
    const ref = typeof type === "string" ? type : undefined;
    return fail("invalid_frame", `${where}${issue?.message ?? "invalid frame"}`, ref);
  }
  return { ok: true, frame: parsed.data };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function fail(code: ServerFrameOf<"error">["code"], message: string, ref?: string): ParseResult {
  return { ok: false, error: { type: "error", code, message, ...(ref ? { ref } : {}) } };
}
