/**
 * The system's Chromium, driven by playwright-core (which ships no browser).
 * A missing browser is a failure with instructions, never a silent skip.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox", // CI containers run as root, where the sandbox cannot start
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(): string {
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}.\n` +
        "Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  return executable;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: ARGS, timeout: 60_000 });
}
