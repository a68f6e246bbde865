import { useEffect, useState } from "preact/hooks";
import { adminApi } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { Labelled } from "./labelled.tsx";

/** How long the workspace keeps conversations (the hourly retention sweep deletes older ones); admins and owners. */
export function RetentionCard() {
  const [days, setDays] = useState<string>("");
  const [forever, setForever] = useState(false);
  const [saved, setSaved] = useState<number | null | undefined>(undefined);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    adminApi
      .retentionDays()
      .then((value) => {
        setSaved(value);
        setForever(value === null);
        setDays(value === null ? "365" : String(value));
      })
      .catch((failure: unknown) => setMessage({ error: true, text: describeError(failure) }));
  }, []);
  const wanted = forever ? null : Number(days);
  const valid = forever || (Number.isInteger(wanted) && (wanted ?? 0) >= 1 && (wanted ?? 0) <= 3650);
  return (
    <form
      class="admin-card"
      onSubmit={(e) => {
        e.preventDefault();
        adminApi
          .setRetentionDays(wanted)
          .then(() => {
            setSaved(wanted);
            setMessage({ error: false, text: wanted === null ? "Conversations are kept forever." : `Conversations are deleted ${wanted} days after their last message.` });
          })
          .catch((failure: unknown) => setMessage({ error: true, text: describeError(failure) }));
      }}
    >
      <h3>Keep conversations</h3>
      <p>Transcripts, their events and feedback are deleted this many days after a conversation's last activity (checked every hour).</p>
      {message && <p class={message.error ? "notice notice-error" : "notice"}>{message.text}</p>}
      <Labelled label="Days">
        <input type="number" min={1} max={3650} value={days} disabled={forever} onInput={(e) => setDays(e.currentTarget.value)} data-testid="retention-days" />
      </Labelled>
      <label>
        <input type="checkbox" checked={forever} onChange={(e) => setForever(e.currentTarget.checked)} data-testid="retention-forever" /> Keep forever
      </label>
      <button type="submit" class="btn btn-primary btn-sm" disabled={saved === undefined || !valid || wanted === saved} data-testid="retention-save">
        Save
      </button>
    </form>
  );
}
