/**
 * Reads the text pieces out of a Workers AI streaming response
 * (server-sent events: `data: {"response": "..."}` lines, then `data: [DONE]`).
 */
export async function* streamedText(stream: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const abort = () => void reader.cancel().catch(() => {});
  signal.addEventListener("abort", abort, { once: true });
  let buffer = "";
  try {
    for (;;) {
      // Cancelling the reader on abort makes read() reject with a vaguer error: report the abort's reason.
      const { value, done } = await reader.read().catch((error: unknown) => {
        throw signal.aborted ? (signal.reason ?? error) : error;
      });
      if (signal.aborted) throw signal.reason ?? new Error("aborted");
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        const piece = parseLine(line);
        if (piece === null) return;
        if (piece) yield piece;
      }
    }
    const tail = parseLine(buffer.trim());
    if (tail) yield tail;
  } finally {
    signal.removeEventListener("abort", abort);
    reader.releaseLock();
  }
}

/** "" for lines without text, null at the end of the stream. */
function parseLine(line: string): string | null {
  if (!line.startsWith("data:")) return "";
  const data = line.slice(5).trim();
  if (data === "[DONE]") return null;
  try {
    const event: unknown = JSON.parse(data);
    if (typeof event === "object" && event !== null && "response" in event && typeof event.response === "string") {
      return event.response;
    }
  } catch {
    // a malformed event carries no text
  }
  return "";
}
