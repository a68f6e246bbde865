import type { Context } from "hono";
import { auditStatement, type AuditEntry } from "../workspaces/audit-repo.ts";
import type { AppEnv } from "./app-env.ts";

/** An audit entry by the agent making this request, in its workspace, ready to batch with the change. */
export function audited(c: Context<AppEnv>, entry: Omit<AuditEntry, "workspaceId" | "actor">): D1PreparedStatement {
  const agent = c.get("agent");
  return auditStatement(c.env.DB, { ...entry, workspaceId: c.get("member").workspaceId, actor: { id: agent.id, name: agent.name } });
}
