import { describe, expect, it } from "vitest";
import { untilAborted } from "../../worker/ai/until-aborted.ts";

describe("untilAborted (an AI call raced against its signal)", () => {
  const never = new Promise<string>(() => {});

  it("gives the promise's value or error while the signal is quiet", async () => {
    await expect(untilAborted(Promise.resolve("answer"), new AbortController().signal)).resolves.toBe("answer");
    await expect(untilAborted(Promise.reject(new Error("binding failed")), new AbortController().signal)).rejects.toThrow("binding failed");
  });

  it("rejects with the abort reason as soon as the signal aborts, though the call never settles", async () => {
    const controller = new AbortController();
    const raced = untilAborted(never, controller.signal);
    controller.abort(new Error("turn cut off"));
    await expect(raced).rejects.toThrow("turn cut off");
  });

  it("rejects at once when the signal had already aborted, and on a timeout", async () => {
    await expect(untilAborted(Promise.resolve("late"), AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
    const started = Date.now();
    await expect(untilAborted(never, AbortSignal.timeout(30))).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
