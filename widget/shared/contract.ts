/**
 * The contract between the loader (widget.js), the app (widget-app.js) and
 * the files the app loads on demand (widget-handoff.js, widget-i18n-<lang>.js).
 * They are separate bundles, so only types and tiny constants live here.
 */
import type { Component, ComponentType, Fragment, h } from "preact";
import type { TypingSignal } from "../../worker/protocol/typing-signal.ts";
import type { EmailFormProps } from "../handoff/email-form.tsx";
import type { OfferNote } from "../handoff/offer-note.tsx";
import type { RatingCardProps } from "../handoff/rating-card.tsx";
import type { resumeFromLink } from "../handoff/resume-link.ts";
import type { WaitBarProps } from "../handoff/wait-bar.tsx";
import type { LanguagePack } from "../i18n/texts.ts";
import { APP_GLOBAL, HANDOFF_GLOBAL, I18N_GLOBAL, LIB_GLOBAL } from "./global-names.ts";
import type { loadGlobal } from "./load-global.ts";

export type Position = "right" | "left";

/**
 * Look and feel: the site's settings (title, colour, greeting, position),
 * overridden by `data-*` attributes or `Baton("configure", …)`.
 */
export interface WidgetOptions {
  site: string;
  title?: string;
  color?: string;
  greeting?: string;
  position: Position;
  /** `data-lang`: the visitor's language, before the page's `<html lang>` and the browser's. */
  lang?: string;
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
  /** The loader's own script loading (shared/load-global.ts), for the app's on-demand files. */
  load: LoadGlobal;
}

export type LoadGlobal = typeof loadGlobal;

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

export { APP_GLOBAL, I18N_GLOBAL, LIB_GLOBAL, HANDOFF_GLOBAL };

export interface AppLib {
  h: typeof h;
  Fragment: typeof Fragment;
  Component: typeof Component;
}

/** widget-handoff.js. */
export interface HandoffChunk {
  OfferNote: typeof OfferNote;
  RatingCard: ComponentType<RatingCardProps>;
  WaitBar: ComponentType<WaitBarProps>;
  EmailForm: ComponentType<EmailFormProps>;
  TypingSignal: typeof TypingSignal;
  resume: typeof resumeFromLink;
}

/** What each on-demand file leaves on `window` for loadGlobal (shared/load-global.ts). */
export interface Globals {
  [APP_GLOBAL]: MountApp;
  [I18N_GLOBAL]: LanguagePack;
  [HANDOFF_GLOBAL]: HandoffChunk;
}

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
  interface Window extends Partial<Globals> {
    Baton?: BatonApi;
    [LIB_GLOBAL]?: AppLib;
  }
}
