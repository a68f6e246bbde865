import { randomId } from "../auth/base64url.ts";

/**
 * The password a CLI-created agent starts with: AGENT_PASSWORD when set (at
 * least 12 characters, or the command stops), else a random one to print once.
 */
export function initialPassword(): { password: string; generated: boolean } {
  const given = process.env.AGENT_PASSWORD;
  if (given === undefined) return { password: randomId(15), generated: true };
  if (given.length < 12) {
    console.error("AGENT_PASSWORD must be at least 12 characters");
    process.exit(2);
  }
  return { password: given, generated: false };
}
