import { app } from "./app.ts";
import { email } from "./email/email-handler.ts";
import type { Env } from "./env.ts";

export { ConversationDO } from "./conversation/conversation-do.ts";
export { QueueDO } from "./queue/queue-do.ts";
export { RosterDO } from "./roster/roster-do.ts";

export default {
  fetch: app.fetch,
  // Visitors' answers to emailed replies (Email Routing → this Worker).
  email,
} satisfies ExportedHandler<Env>;
