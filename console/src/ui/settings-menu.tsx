import { useEffect, useRef, useState } from "preact/hooks";
import { useObservable } from "../lib/use-observable.ts";
import { beep } from "../notify/beep.ts";
import type { Preferences, Settings } from "../notify/settings.ts";

const OPTIONS: { key: keyof Preferences; label: string; hint: string; testId: string }[] = [
  { key: "sound", label: "Sound", hint: "A short chime when something arrives in a background tab", testId: "setting-sound" },
  { key: "titleBlink", label: "Blink tab title", hint: "“(2) New message — Baton” while you are away", testId: "setting-title-blink" },
  { key: "queueAlerts", label: "Alert for new visitors", hint: "Also when someone joins the queue, not only for your chats", testId: "setting-queue-alerts" },
];

/** The gear menu: notification preferences, saved in this browser. */
export function SettingsMenu({ settings }: { settings: Settings }) {
  useObservable(settings);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  return (
    <div class="menu-anchor" ref={root}>
      <button
        type="button"
        class="btn btn-ghost btn-icon"
        aria-haspopup="true"
        aria-expanded={open}
        aria-label="Notification settings"
        title="Notification settings"
        onClick={() => setOpen(!open)}
        data-testid="settings-button"
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 15.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm7.4-2.1.1-1.4-.1-1.4 2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-2.4-1.4L14.2 2h-4l-.4 2.6a7.6 7.6 0 0 0-2.4 1.4l-2.4-1-2 3.4 2 1.6-.1 1.4.1 1.4-2 1.6 2 3.4 2.4-1c.7.6 1.5 1 2.4 1.4l.4 2.6h4l.4-2.6c.9-.3 1.7-.8 2.4-1.4l2.4 1 2-3.4-2-1.6Z"
            fill="none"
            stroke="currentColor"
            stroke-width="1.5"
            stroke-linejoin="round"
          />
        </svg>
      </button>
      {open && (
        <div class="menu" role="menu" data-testid="settings-menu">
          <p class="menu-title">Notifications</p>
          {OPTIONS.map((option) => (
            <label class="menu-check" key={option.key}>
              <input
                type="checkbox"
                checked={settings.value[option.key]}
                onChange={(e) => settings.set(option.key, e.currentTarget.checked)}
                data-testid={option.testId}
              />
              <span>
                <strong>{option.label}</strong>
                <small>{option.hint}</small>
              </span>
            </label>
          ))}
          <button type="button" class="btn btn-secondary btn-sm menu-test" onClick={() => beep()}>
            Play test sound
          </button>
        </div>
      )}
    </div>
  );
}
