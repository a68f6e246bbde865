import type { BatonApi } from "../shared/contract.ts";

/**
 * Installs `window.Baton(command, ...args)` and replays calls queued before
 * the script loaded. A page may queue with the usual stub:
 *   window.Baton = window.Baton || function () { (Baton.q = Baton.q || []).push(arguments) };
 */
export function installApi(run: (command: string, arg: unknown) => void): void {
  const queued = window.Baton?.q ?? [];
  const api: BatonApi = (command, ...args) => {
    try {
      run(command, args[0]);
    } catch (error) {
      // The page's call must never break the page.
      console.error("Baton:", error);
    }
  };
  api.ready = true;
  window.Baton = api;
  for (const call of Array.from(queued)) api(String(call[0]), call[1]);
}
