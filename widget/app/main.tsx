/**
 * widget-app.js: the chat itself, loaded by widget.js on first open. It
 * registers its mount function; the loader calls it with the shadow root.
 */
import { render } from "preact";
import { createChatSession } from "../chat/chat-session.ts";
import { APP_GLOBAL, type MountApp } from "../shared/contract.ts";
import { Root } from "./root.tsx";
import messagesCss from "./styles/messages.css";
import panelCss from "./styles/panel.css";
import { unreadBadge } from "./unread-badge.ts";

const mount: MountApp = (host) => {
  let options = host.options;
  let visitor = host.visitor;
  let open = false;
  const session = createChatSession({
    site: options.site,
    apiBase: host.apiBase,
    visitor: () => visitor,
    unread: unreadBadge(host.launcher),
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
    const items = [...container.querySelectorAll<HTMLElement>("a[href],button:not([disabled]),textarea")].filter((el) => el.getClientRects().length);
    const [first, last] = [items[0], items.at(-1)];
    if (host.root.activeElement !== (event.shiftKey ? first : last)) return;
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  });
  const focusInput = () => container.querySelector("textarea")?.focus();
  // Preact renders synchronously here, so focus can follow right after a draw.
  const draw = () =>
    render(
      <Root
        chat={session.store.get()}
        session={session}
        options={options}
        open={open}
        onClose={host.requestClose}
        focusInput={focusInput}
      />,
      container,
    );
  session.store.subscribe(draw);
  draw();
  return {
    setOpen(next, byPerson) {
      open = next;
      session.setOpen(next, byPerson);
      draw();
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
