/**
 * widget-app.js: the chat itself, loaded by widget.js on first open. It
 * registers its mount function; the loader calls it with the shadow root.
 * Beside itself it loads the words of the visitor's language (when not
 * English) before drawing, and widget-handoff.js once the way to a person
 * may be in view (an answer to mark, an offer, a wait, a person there, an emailed link back).
 */
import { Component, Fragment, h, render } from "preact";
import { RESUME_FRAGMENT } from "../../worker/protocol/resume.ts";
import { createChatSession } from "../chat/chat-session.ts";
import { chooseLanguage } from "../i18n/language.ts";
import { t, useLanguage } from "../i18n/words.ts";
import { APP_GLOBAL, LIB_GLOBAL, type MountApp } from "../shared/contract.ts";
import { handoff, loadHandoff } from "./handoff-chunk.ts";
import { Root } from "./root.tsx";
import messagesCss from "./styles/messages.css";
import panelCss from "./styles/panel.css";
import { unreadBadge } from "./unread-badge.ts";

/** This script's own address (only known while it runs): the files it loads on demand sit beside it. */
const SRC = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
window[LIB_GLOBAL] = { h, Fragment, Component };

const mount: MountApp = (host) => {
  let options = host.options;
  let visitor = host.visitor;
  let open = false;
  /** Drawn once the visitor's words are here, so nothing flashes in English first. */
  let ready = false;
  let focusWanted = false;
  let asking = false;
  const needHandoff = () =>
    loadHandoff(SRC, host.load).then((chunk) => {
      session.typeWith(chunk.TypingSignal);
      return chunk;
    });
  // An emailed link back (#baton-resume=…): out of the address bar at once (a reload, a bookmark or a shared URL
  // must not carry it); widget-handoff.js trades it for that conversation.
  const hash = location.hash;
  if (hash.includes(RESUME_FRAGMENT)) history.replaceState(history.state, "", location.href.replace(/#.*/, ""));
  const session = createChatSession({
    site: options.site,
    apiBase: host.apiBase,
    visitor: () => visitor,
    unread: unreadBadge(host.launcher),
    resume: hash.includes(RESUME_FRAGMENT) ? needHandoff().then((chunk) => chunk.resume(host.apiBase, hash), () => null) : null,
  });
  const style = document.createElement("style");
  style.textContent = panelCss + messagesCss;
  const container = document.createElement("div");
  host.root.append(style, container);
  const phone = matchMedia("(max-width:480px)");
  host.root.addEventListener("keydown", (event) => {
    if (!open || !(event instanceof KeyboardEvent)) return;
    // Escape closes from anywhere in the widget, the launcher included.
    if (event.key === "Escape") host.requestClose();
    // On a phone the panel covers the page: Tab cycles inside it rather than into the page behind.
    if (event.key !== "Tab" || !phone.matches) return;
    const items = [...container.querySelectorAll<HTMLElement>("a[href],button:not([disabled]),textarea,input")].filter((el) => el.getClientRects().length);
    const [first, last] = [items[0], items.at(-1)];
    if (host.root.activeElement !== (event.shiftKey ? first : last)) return;
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  });
  const focusInput = () => container.querySelector("textarea")?.focus();
  // Preact renders synchronously here, so focus can follow right after a draw.
  const draw = () => {
    if (!ready) return;
    const chat = session.store.get();
    if (!handoff && !asking && (chat.messages[1] || chat.humanOffered || chat.state !== "bot")) {
      asking = true;
      needHandoff().then(draw, (error: unknown) => {
        asking = false; // the next change tries again
        console.error(error);
      });
    }
    render(<Root chat={chat} session={session} options={options} open={open} onClose={host.requestClose} focusInput={focusInput} />, container);
  };
  // The loader labels its button in English; the app says it in the visitor's language (the unread badge adds counts).
  const label = () => ready && host.launcher.setAttribute("aria-label", t(open ? "Close chat" : "Open chat"));
  session.store.subscribe(draw);
  void useLanguage(chooseLanguage([options.lang, document.documentElement.lang, ...navigator.languages]), SRC, host.load).then(() => {
    ready = true;
    draw();
    label();
    if (focusWanted && open) focusInput();
  });
  return {
    setOpen(next, byPerson) {
      open = next;
      focusWanted = byPerson;
      session.setOpen(next, byPerson);
      draw();
      label();
      if (open && byPerson) focusInput();
    },
    configure(next) {
      options = next;
      draw();
    },
    identify(next) {
      visitor = next; // used when the conversation starts; an existing one keeps what it was started with
    },
  };
};

window[APP_GLOBAL] = mount;
