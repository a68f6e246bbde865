import path from "node:path";
import type { MemberRole } from "../workspaces/roles.ts";
import type { Team } from "../workspaces/team.ts";
import { ROOT } from "./wrangler.ts";

export interface DemoAgent {
  id: string;
  name: string;
  email: string;
  password: string;
  role: MemberRole;
}

export interface DemoWorkspace {
  workspace: { id: string; name: string };
  site: { id: string; name: string; settings: Record<string, unknown> };
  agents: DemoAgent[];
  /** Teams besides the workspace's whole team (Everyone), members by agent id. */
  teams: Team[];
  kbFolder: string;
  /** Path of its demo page on the dev server. */
  page: string;
}

const PASSWORD = "demo-agent-password";

/** The fictional outdoor shop `npm run dev` serves at /, with its owner Sam and agent Alex; the README gives these credentials. */
export const DEMO = {
  workspace: { id: "kestrel", name: "Kestrel Outdoor Co." },
  site: {
    id: "demo",
    name: "Kestrel Outdoor Co.",
    settings: {
      greeting: "Hi! I'm Kestrel's virtual assistant. Ask me about orders, delivery, returns or our gear — or ask for a person any time.",
      widget: { title: "Kestrel Support", color: "#1f6f50" },
      // Money questions go to Billing; verified Pro customers to Priority care, offered to whoever is least busy.
      routing: {
        rules: [
          { team: "billing", topics: ["refund", "billing_dispute", "cancellation"] },
          { team: "priority", tiers: ["pro"] },
        ],
        tierOrder: ["pro"],
      },
    },
  },
  agents: [
    { id: "demo-agent", name: "Sam", email: "demo@kestrel.example", password: PASSWORD, role: "owner" },
    { id: "demo-agent-2", name: "Alex", email: "alex@kestrel.example", password: PASSWORD, role: "agent" },
  ],
  teams: [
    { id: "billing", name: "Billing", assignment: "manual", offerSeconds: 30, members: ["demo-agent", "demo-agent-2"] },
    { id: "priority", name: "Priority care", assignment: "auto", offerSeconds: 30, members: ["demo-agent", "demo-agent-2"] },
  ],
  kbFolder: path.join(ROOT, "worker/demo/kb"),
  page: "/",
} as const satisfies DemoWorkspace;

/** A second business on the same deployment, to show that neither sees the other. */
export const SECOND_DEMO = {
  workspace: { id: "northwind", name: "Northwind Bikes" },
  site: {
    id: "northwind",
    name: "Northwind Bikes",
    settings: {
      greeting: "Hi! Ask me about bikes, rentals or servicing — or ask for a mechanic any time.",
      widget: { title: "Northwind Bikes", color: "#1d4ed8", position: "left" },
    },
  },
  agents: [{ id: "demo-northwind", name: "Robin", email: "demo@northwind.example", password: PASSWORD, role: "owner" }],
  teams: [],
  kbFolder: path.join(ROOT, "worker/demo/northwind-kb"),
  page: "/northwind/",
} as const satisfies DemoWorkspace;

export const DEMO_WORKSPACES: readonly DemoWorkspace[] = [DEMO, SECOND_DEMO];

/** Origins the demo sites are served from in local development. */
export function devOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}
