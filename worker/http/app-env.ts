import type { AgentIdentity, AgentMembership } from "../auth/agent-session.ts";
import type { Env } from "../env.ts";

/** `agent`: set by requireAgent. `member`: set by requireMember on workspace routes. */
export type AppEnv = { Bindings: Env; Variables: { agent: AgentIdentity; member: AgentMembership } };
