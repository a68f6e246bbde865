/** The routing burst's, the load run's and the fan-out phase's agents, as bench/lib/bench-seed.ts creates them and bench/routing/burst.ts logs them in. */
export const BURST_TEAM = "burst";
export const BURST_PASSWORD = "bench-agent-password";
export const BURST_CAPACITY = 3;
/** A site of the demo workspace whose handoffs all go to the burst team. */
export const BURST_SITE = "burst";
/** The burst: 200 agents of capacity 3 in one auto-assign team, 500 handoffs in 10 s. */
export const BURST = { agents: 200, handoffs: 500, windowMs: 10_000 };

/** The load run's agents: 20 in an auto-assign team "load", 50 conversations each, on site "load". */
export const LOAD_TEAM = "load";
export const LOAD_SITE = "load";
export const LOAD_AGENTS = 20;
export const LOAD_CAPACITY = 50;
export const loadEmail = (i: number) => `load-${i}@bench.example`;
export const burstEmail = (i: number) => `bench-${i}@bench.example`;

/** The fan-out phase's agents: a manual team "fanout" (nobody is offered anything), each with a session minted by the seed. */
export const FANOUT_TEAM = "fanout";
export const FANOUT_SITE = "fanout";
export const fanoutAgent = (i: number) => `fanout-agent-${i}`;
export const fanoutSession = (i: number) => `fanout-session-${i}`;
