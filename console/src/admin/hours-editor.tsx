import { DAYS, defaultHours, type BusinessHours, type Day, type Span } from "../api/routing-settings.ts";
import type { FieldIssues } from "./field-issues.ts";
import { Labelled } from "./labelled.tsx";
import { ListInput } from "./list-input.tsx";

const DAY_NAMES: Record<Day, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };
const PATH = "settings.routing.hours";

/** Every IANA zone the browser knows, for the time zone field's suggestions. */
function zones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
}

interface Props {
  hours: BusinessHours | null;
  issues: FieldIssues;
  onChange: (hours: BusinessHours | null) => void;
}

/**
 * When the site's team works: a weekly schedule in one time zone, and
 * holidays. Outside it a handoff never waits in an empty queue: it becomes a
 * follow-up and the visitor is told when the team is back. Off: always open.
 */
export function HoursEditor({ hours, issues, onChange }: Props) {
  const setDay = (day: Day, spans: Span[]) => hours && onChange({ ...hours, weekly: { ...hours.weekly, [day]: spans } });
  return (
    <div class="admin-card" data-testid="hours-editor">
      <h3>Business hours</h3>
      <label class="menu-check">
        <input type="checkbox" checked={hours !== null} onChange={(e) => onChange(e.currentTarget.checked ? defaultHours() : null)} data-testid="hours-enabled" />
        <span>
          Only during business hours
          <small>Off: handoffs are taken at any time (follow-ups only when nobody is online).</small>
        </span>
      </label>
      {hours && (
        <>
          <Labelled label="Time zone" hint="An IANA zone, e.g. Europe/Berlin." error={issues.at(`${PATH}.timeZone`)}>
            <input list="baton-zones" value={hours.timeZone} onInput={(e) => onChange({ ...hours, timeZone: e.currentTarget.value })} data-testid="hours-timezone" />
          </Labelled>
          <datalist id="baton-zones">
            {zones().map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <div class="hours-week">
            {DAYS.map((day) => (
              <div class="hours-day" key={day} data-testid="hours-day" data-day={day}>
                <span class="hours-name">{DAY_NAMES[day]}</span>
                <div class="hours-spans">
                  {hours.weekly[day].length === 0 && <span class="muted">Closed</span>}
                  {hours.weekly[day].map((span, i) => (
                    <span class="hours-span" key={i} data-testid="hours-span">
                      <input type="time" value={span.from} aria-label={`${DAY_NAMES[day]} from`} onInput={(e) => setDay(day, hours.weekly[day].map((s, j) => (j === i ? { ...s, from: e.currentTarget.value } : s)))} data-testid="span-from" />
                      –
                      <input type="time" value={span.to === "24:00" ? "23:59" : span.to} aria-label={`${DAY_NAMES[day]} to`} onInput={(e) => setDay(day, hours.weekly[day].map((s, j) => (j === i ? { ...s, to: e.currentTarget.value } : s)))} data-testid="span-to" />
                      <button type="button" class="btn-close" aria-label="Remove these hours" onClick={() => setDay(day, hours.weekly[day].filter((_, j) => j !== i))} data-testid="span-remove">
                        ×
                      </button>
                      {issues.at(`${PATH}.weekly.${day}.${i}`) && <span class="field-error">{issues.at(`${PATH}.weekly.${day}.${i}`)}</span>}
                    </span>
                  ))}
                </div>
                <button type="button" class="link-button" onClick={() => setDay(day, [...hours.weekly[day], { from: "09:00", to: "17:00" }])} data-testid="span-add">
                  + hours
                </button>
              </div>
            ))}
          </div>
          <Labelled label="Holidays" hint="Whole days off, one per line, as YYYY-MM-DD in the site's time zone." error={issues.at(`${PATH}.holidays`)}>
            <ListInput lines values={hours.holidays} onChange={(holidays) => onChange({ ...hours, holidays })} placeholder="2026-12-25" label="Holidays" testId="hours-holidays" />
          </Labelled>
        </>
      )}
    </div>
  );
}
