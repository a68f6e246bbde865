import type { ServerFrame } from "./server-frames.ts";

/**
 * Zero-dependency decoder for browsers that cannot afford zod (the widget's
 * size budget). The server builds every frame through the typed `send()`, so
 * clients only need to reject what is not a frame at all. Never throws.
 */
export function decodeServerFrame(raw: unknown): ServerFrame | null {
  if (typeof raw !== "string") return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data === "object" && data !== null && typeof (data as { type?: unknown }).type === "string") {
      return data as ServerFrame;
    }
  } catch {
    // not JSON: ignore the frame
  }
  return null;
}
