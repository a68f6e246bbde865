import { runDurableObjectAlarm } from "cloudflare:test";

/** Runs the object's alarm with the clock moved ahead: the timer rows compare against Date.now. */
export async function alarmAfter(stub: DurableObjectStub, ms: number): Promise<boolean> {
  const realNow = Date.now;
  const at = realNow() + ms;
  Date.now = () => at;
  try {
    return await runDurableObjectAlarm(stub);
  } finally {
    Date.now = realNow;
  }
}
