/**
 * Replies being written, kept in sessionStorage per agent and conversation so
 * a reload (or a crash of the tab's page) does not lose them. sessionStorage
 * ends with the tab, and logout clears it: drafts do not outlive the session
 * on a shared computer.
 */
const PREFIX = "baton.console.draft.";

function key(agentId: string, conversationId: string): string {
  return `${PREFIX}${agentId}.${conversationId}`;
}

export function readDraft(agentId: string, conversationId: string): string {
  try {
    return sessionStorage.getItem(key(agentId, conversationId)) ?? "";
  } catch {
    return "";
  }
}

export function saveDraft(agentId: string, conversationId: string, text: string): void {
  try {
    if (text) sessionStorage.setItem(key(agentId, conversationId), text);
    else sessionStorage.removeItem(key(agentId, conversationId));
  } catch {
    // Storage full or blocked: the draft still lives in memory for this page.
  }
}

export function clearDrafts(): void {
  try {
    for (const name of Object.keys(sessionStorage)) if (name.startsWith(PREFIX)) sessionStorage.removeItem(name);
  } catch {
    // Blocked storage holds nothing to clear.
  }
}
