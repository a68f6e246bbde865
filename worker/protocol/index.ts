/** The wire protocol shared by the worker, the widget and the console. */
export * from "./limits.ts";
export * from "./message.ts";
export * from "./client-frames.ts";
export * from "./server-frames.ts";
export * from "./parse.ts";
export * from "./briefing.ts";
export * from "./notice.ts";
export * from "./resume.ts";
export * from "./canned.ts";
export * from "./queue-order.ts";
export * from "./reports.ts";
export * from "./gaps.ts";
