import type { D1Migration } from "cloudflare:test";
import type { Env as WorkerEnv } from "../worker/env.ts";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** Empty D1 for test/workspaces/migration.test.ts. */
      MIGRATION_DB: D1Database;
      /** worker/demo/kb/*.md, read by vitest.config.ts. */
      DEMO_KB: { slug: string; text: string }[];
      /** Control surface of the fake Workers AI (test/fakes/fake-ai.ts). */
      FAKE_AI: Fetcher;
      /** Control surface of the fake Email Service binding bound as EMAIL (test/fakes/fake-email.ts). */
      FAKE_EMAIL: Fetcher;
      /** Miniflare's own local simulation of the send_email binding (accepts anything, keeps nothing readable). */
      EMAIL_SIMULATION: SendEmail;
    }
    interface GlobalProps {
      mainModule: typeof import("../worker/index.ts");
      durableNamespaces: "ConversationDO" | "QueueDO" | "RosterDO";
    }
  }
}
