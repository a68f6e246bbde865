/**
 * What build.ts injects where JSX is compiled (see JSX there). In
 * widget-handoff.js "preact" is the app's own (build.ts, appPreact).
 */
export { Fragment, h } from "preact";
