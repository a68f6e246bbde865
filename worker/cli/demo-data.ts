import path from "node:path";
import { ROOT } from "./wrangler.ts";

/** The fictional business `npm run dev` serves, with its agent; the README gives these credentials. */
export const DEMO = {
  site: {
    id: "demo",
    name: "Kestrel Outdoor Co.",
    settings: {
      greeting: "Hi! I'm Kestrel's virtual assistant. Ask me about orders, delivery, returns or our gear — or ask for a person any time.",
    },
  },
  agent: { id: "demo-agent", name: "Sam", email: "demo@kestrel.example", password: "demo-agent-password" },
  kbFolder: path.join(ROOT, "worker/demo/kb"),
} as const;

/** Origins the demo site is served from in local development. */
export function devOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}
