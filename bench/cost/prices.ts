/**
 * Cloudflare's published prices the cost model uses (Workers Paid, overage
 * rates: the included monthly amounts and the $5 minimum are left out, so
 * the figures are the marginal cost of more conversations). Each with the
 * page it was read from and when (stored copies of Cloudflare's docs,
 * read 2026-12-03).
 */
export interface Price {
  usd: number;
  per: string;
  source: string;
  /** Set when the stored page did not list this exact item. */
  caveat?: string;
}

const READ = "2026-12-03";
const WORKERS = "https://developers.cloudflare.com/workers/platform/pricing/";
const DO = "https://developers.cloudflare.com/durable-objects/platform/pricing/";
const D1 = "https://developers.cloudflare.com/d1/platform/pricing/";
const AI = "https://developers.cloudflare.com/workers-ai/platform/pricing/";

export const PRICES_READ_ON = READ;

export const PRICES = {
  worker_request: { usd: 0.3, per: "million requests", source: WORKERS },
  worker_cpu_ms: { usd: 0.02, per: "million CPU ms", source: WORKERS },
  do_request: { usd: 0.15, per: "million requests (incoming WebSocket messages 20:1)", source: DO },
  do_gb_s: { usd: 12.5, per: "million GB-s (128 MB per active object)", source: DO },
  sqlite_row_read: { usd: 0.001, per: "million rows (Durable Object SQLite and D1 alike)", source: DO },
  sqlite_row_written: { usd: 1.0, per: "million rows (Durable Object SQLite and D1 alike; each setAlarm is one)", source: DO },
  d1_row_read: { usd: 0.001, per: "million rows", source: D1 },
  d1_row_written: { usd: 1.0, per: "million rows", source: D1 },
  d1_storage: { usd: 0.75, per: "GB-month", source: D1 },
  neuron: { usd: 0.011, per: "thousand neurons", source: AI },
  llama_input: {
    usd: 0.045,
    per: "million input tokens",
    source: AI,
    caveat: "the stored page lists @cf/meta/llama-3.1-8b-instruct-fp8-fast at this price, not the configured @cf/meta/llama-3.1-8b-instruct-fast by name: not verified for that id",
  },
  llama_output: {
    usd: 0.384,
    per: "million output tokens",
    source: AI,
    caveat: "as llama_input",
  },
  bge_m3_input: {
    usd: 0.204,
    per: "million input tokens",
    source: AI,
    caveat: "@cf/baai/bge-m3 is not on the stored page: not verified; priced at the listed @cf/baai/bge-large-en-v1.5 rate as a stand-in",
  },
} as const satisfies Record<string, Price>;

export type PriceName = keyof typeof PRICES;

/** Dollars for `count` units of a price quoted per million (or per thousand neurons). */
export function dollars(name: PriceName, count: number): number {
  const price = PRICES[name];
  const unit = price.per.startsWith("thousand") ? 1e3 : price.per.startsWith("GB-month") ? 1 : 1e6;
  return (price.usd * count) / unit;
}

