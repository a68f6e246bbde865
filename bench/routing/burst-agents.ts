/** The routing burst's agents, as bench/lib/bench-seed.ts creates them and bench/routing/burst.ts logs them in. */
export const BURST_TEAM = "burst";
export const BURST_PASSWORD = "bench-agent-password";
export const BURST_CAPACITY = 3;
/** A site of the demo workspace whose handoffs all go to the burst team. */
export const BURST_SITE = "burst";
export const burstEmail = (i: number) => `bench-${i}@bench.example`;
