/**
 * The contract between the loader (widget.js) and the app (widget-app.js).
 * They are separate bundles, so only types and tiny constants live here.
 */

export type Position = "right" | "left";

/** Look and feel; set by `data-*` attributes or `Baton("configure", …)`. */
export interface WidgetOptions {
  site: string;
  title?: string;
  color?: string;
  greeting?: string;
  position: Position;
}

/** Who the visitor is, when the site knows (`Baton("identify", …)`); sent when the conversation starts. */
export interface VisitorProfile {
  name?: string;
  email?: string;
  tier?: string;
}

/** What the loader hands the app when it mounts. */
export interface HostContext {
  /** The widget's shadow root: the app renders its panel here. */
  root: ShadowRoot;
  /** Origin that served widget.js; the API and WebSocket live there too. */
  apiBase: string;
  options: WidgetOptions;
  visitor: VisitorProfile;
  /** The app asks the loader to close (Escape, close button); the loader refocuses the launcher. */
  requestClose(): void;
  /** The launcher button: the app puts the unread badge on it (the loader stays small). */
  launcher: HTMLButtonElement;
}

export interface AppHandle {
  /**
   * `byPerson`: a click or `Baton("open")`, not `data-open`: focus the input
   * and start the conversation. An automatic open does neither, so page views
   * do not create conversations.
   */
  setOpen(open: boolean, byPerson: boolean): void;
  configure(options: WidgetOptions): void;
  identify(visitor: VisitorProfile): void;
}

export type MountApp = (host: HostContext) => AppHandle;

/** The app bundle leaves its mount function here; the loader takes it once the script has run. */
export const APP_GLOBAL = "__batonApp";

/**
 * localStorage key holding when the conversation was last active and not
 * resolved: the loader then loads the app right away so replies and page
 * changes flow without waiting for a click.
 */
export function liveKey(site: string): string {
  return `baton:${site}:live`;
}

/** How long after its last activity a conversation still connects on page load. */
export const LIVE_FOR_MS = 12 * 60 * 60 * 1000;

/** `window.Baton`: the page's handle on the widget; a queue stub until widget.js runs. */
export interface BatonApi {
  (command: string, ...args: unknown[]): void;
  /** Calls made before widget.js loaded (the snippet pushes `arguments`). */
  q?: ArrayLike<unknown>[];
  /** Set once widget.js has taken over, so a second copy of the script stays idle. */
  ready?: boolean;
}

declare global {
  interface Window {
    Baton?: BatonApi;
    [APP_GLOBAL]?: MountApp;
  }
}
