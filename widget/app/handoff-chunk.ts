import { HANDOFF_GLOBAL, type HandoffChunk, type LoadGlobal } from "../shared/contract.ts";

/** widget-handoff.js, once it has loaded (null until then). */
export let handoff: HandoffChunk | null = null;
let loading: Promise<HandoffChunk> | null = null;

/**
 * Loads widget-handoff.js beside the app, once: what only matters on the way
 * to a person (the offer, the wait, "Email me instead", typing to an agent,
 * an emailed link back) stays out of what every visitor downloads on first
 * open. Asked for again after a failure, it tries again.
 */
export function loadHandoff(appSrc: string, load: LoadGlobal): Promise<HandoffChunk> {
  loading ??= load(new URL("widget-handoff.js", appSrc).href, HANDOFF_GLOBAL).then(
    (chunk) => (handoff = chunk),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
