import { app } from "./app.ts";
import { email } from "./email/email-handler.ts";
import { meter } from "./durable/meter.ts";
import { meteredEnv } from "./durable/metered-env.ts";
import type { Env } from "./env.ts";
import { retentionSweep } from "./retention/sweep.ts";

export { ConversationDO } from "./conversation/conversation-do.ts";
export { QueueDO } from "./queue/queue-do.ts";
export { RosterDO } from "./roster/roster-do.ts";

export default {
  fetch: (request, env, ctx) => {
    meter(env, "Worker", "fetch");
    return app.fetch(request, meteredEnv(env, "Worker"), ctx);
  },
  // Visitors' answers to emailed replies (Email Routing → this Worker).
  email,
  // The hourly Cron Trigger (wrangler.toml [triggers]): each workspace's retention, in bounded batches.
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(
      retentionSweep(env, controller.scheduledTime).then((result) => console.log(`retention sweep (${controller.cron}):`, JSON.stringify(result))),
    );
  },
} satisfies ExportedHandler<Env>;
