/** The concurrency phase's steps and pacing, shared by `npm run bench` and bench/concurrency/run.ts. */
export const LOAD = { steps: [250, 500, 1000, 2000, 2400, 2800], messagesPerConversation: 4, intervalMs: 4000, drainMs: 10_000, parallelSetup: 16, settleMs: 16_000 };
