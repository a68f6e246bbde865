import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach } from "vitest";
import { newSocketViolations } from "./helpers/socket.ts";

// Real migrations, applied to each test file's isolated D1.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// A frame outside the protocol, or a message delivered twice or out of order, on any socket, fails the test it happened
// in, whether or not the test looked: merging by seq in a helper is how duplicate deliveries once went unseen.
afterEach(() => {
  const found = newSocketViolations();
  if (found.length > 0) throw new Error(`socket violations:\n${JSON.stringify(found, null, 2).slice(0, 4000)}`);
});
