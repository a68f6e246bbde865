import { app } from "./app.ts";

export { ConversationDO } from "./conversation/conversation-do.ts";
export { QueueDO } from "./queue/queue-do.ts";
export { RosterDO } from "./roster/roster-do.ts";

export default app;
