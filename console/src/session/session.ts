import { agentApi, type Me } from "../api/agent-api.ts";
import type { ApiError } from "../api/api-error.ts";
import { onUnauthorized } from "../api/http.ts";
import { clearDrafts } from "../conversation/draft-store.ts";
import { Observable } from "../lib/observable.ts";

export type SessionState =
  | { phase: "checking" }
  | { phase: "out"; notice: string | null }
  | { phase: "in"; me: Me };

const EXPIRED = "Your session has expired. Log in again to continue.";

/**
 * Who is logged in. Anything that learns the session is gone (a 401, a
 * refused socket) calls `expire`, which brings back the login screen with a
 * reason instead of leaving a dead console on screen.
 */
export class Session extends Observable {
  state: SessionState = { phase: "checking" };
  private verifying: Promise<void> | null = null;

  constructor() {
    super();
    onUnauthorized((error) => this.expire(messageFor(error)));
  }

  async check(): Promise<void> {
    try {
      this.set({ phase: "in", me: await agentApi.meQuietly() });
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === "session_expired") return this.set({ phase: "out", notice: EXPIRED });
      if (apiError.status === 401) return this.set({ phase: "out", notice: null });
      this.set({ phase: "out", notice: apiError.message });
    }
  }

  /** Throws an ApiError with a readable message for the form. */
  async login(email: string, password: string): Promise<void> {
    await agentApi.login(email, password);
    this.set({ phase: "in", me: await agentApi.me() });
  }

  /** The account or its workspaces changed (a workspace created, an invitation accepted, a new name). */
  async refresh(): Promise<void> {
    this.set({ phase: "in", me: await agentApi.me() });
  }

  async logout(): Promise<void> {
    clearDrafts();
    this.set({ phase: "out", notice: "You have logged out." });
    try {
      await agentApi.logout();
    } catch {
      // Already logged out on the server, or offline: the cookie expires on its own.
    }
  }

  expire(notice: string = EXPIRED): void {
    if (this.state.phase === "in") this.set({ phase: "out", notice });
  }

  /**
   * A socket was refused. Browsers hide the HTTP status of a failed upgrade,
   * so ask the API whether the session still holds; one question at a time.
   */
  verify(): Promise<void> {
    this.verifying ??= agentApi
      .meQuietly()
      .then(
        () => undefined,
        (error: ApiError) => {
          if (error.status === 401) this.expire(messageFor(error));
        },
      )
      .finally(() => {
        this.verifying = null;
      });
    return this.verifying;
  }

  private set(state: SessionState): void {
    this.state = state;
    this.changed();
  }
}

function messageFor(error: ApiError): string {
  return error.code === "unauthenticated" ? "You are logged out. Log in to continue." : EXPIRED;
}
