/**
 * The names on `window` through which the widget's separate files meet
 * (contract.ts says what each holds). Plain constants, so that build.ts can
 * import them without the browser types the contract brings.
 */

/** The app bundle leaves its mount function here; the loader takes it once the script has run. */
export const APP_GLOBAL = "__batonApp";
/** A language's words (widget-i18n-<lang>.js). */
export const I18N_GLOBAL = "__batonI18n";
/** The way to a person: offer, wait, email form, typing, reopening from a link (widget-handoff.js). */
export const HANDOFF_GLOBAL = "__batonHandoff";
/**
 * The app's Preact, for widget-handoff.js: built against it rather than with a
 * copy of its own, so its components live in the app's tree (and cost no
 * second Preact). See build.ts.
 */
export const LIB_GLOBAL = "__batonLib";
