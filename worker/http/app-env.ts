import type { AgentIdentity } from "../auth/agent-session.ts";
import type { Env } from "../env.ts";

export type AppEnv = { Bindings: Env; Variables: { agent: AgentIdentity } };
