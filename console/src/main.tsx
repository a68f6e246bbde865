import { render } from "preact";
import "../styles/console.css";
import { pathToHash } from "./lib/use-hash-view.ts";
import { unlockAudioOnGesture } from "./notify/beep.ts";
import { Settings } from "./notify/settings.ts";
import { Session } from "./session/session.ts";
import { App } from "./ui/app.tsx";

/** Entry point: one session and one settings store for the page's lifetime. */
pathToHash();
const session = new Session();
const settings = new Settings();
// From the first click or key on the page (the login counts), so background beeps can play.
unlockAudioOnGesture();
const root = document.getElementById("app");
if (root) {
  render(<App session={session} settings={settings} />, root);
  void session.check();
}
