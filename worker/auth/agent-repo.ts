import { randomId } from "./base64url.ts";

export interface AgentAccount {
  id: string;
  name: string;
  email: string;
  passwordHash: string;
}

type Row = { id: string; name: string; email: string; password_hash: string };

export function newAgentId(): string {
  return `agent-${randomId(9)}`;
}

export async function findAgentByEmail(db: D1Database, email: string): Promise<AgentAccount | null> {
  const row = await db.prepare("SELECT id, name, email, password_hash FROM agents WHERE email = ?").bind(email).first<Row>();
  return row ? toAccount(row) : null;
}

export async function findAgent(db: D1Database, id: string): Promise<AgentAccount | null> {
  const row = await db.prepare("SELECT id, name, email, password_hash FROM agents WHERE id = ?").bind(id).first<Row>();
  return row ? toAccount(row) : null;
}

export function insertAgent(db: D1Database, account: AgentAccount, now: number): D1PreparedStatement {
  return db
    .prepare("INSERT INTO agents (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(account.id, account.email, account.name, account.passwordHash, now);
}

export async function renameAgent(db: D1Database, id: string, name: string): Promise<void> {
  await db.prepare("UPDATE agents SET name = ? WHERE id = ?").bind(name, id).run();
}

export function setAgentPassword(db: D1Database, id: string, passwordHash: string): D1PreparedStatement {
  return db.prepare("UPDATE agents SET password_hash = ? WHERE id = ?").bind(passwordHash, id);
}

function toAccount(r: Row): AgentAccount {
  return { id: r.id, name: r.name, email: r.email, passwordHash: r.password_hash };
}

/** Creates the agent, or resets their name and password (demo seed, setup command, agent:add). */
export function upsertAgent(db: D1Database, account: AgentAccount, now: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO agents (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (email) DO UPDATE SET name = excluded.name, password_hash = excluded.password_hash`,
    )
    .bind(account.id, account.email, account.name, account.passwordHash, now);
}
