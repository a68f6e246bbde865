import { z } from "zod";

/**
 * When a site's team works: a weekly schedule in the site's time zone, and
 * holidays (whole days off). Outside these hours a handoff never waits in an
 * empty queue: it becomes a follow-up ticket and the visitor is told when the
 * team is back.
 */
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:MM (24 h)");
const Span = z
  .object({ from: Time, to: z.union([Time, z.literal("24:00")]) })
  .refine((s) => s.from < s.to, { message: "must end after it starts", path: ["to"] });

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Day = (typeof DAYS)[number];

const DaySpans = z.array(Span).max(6).default([]);

export const BusinessHours = z.object({
  /** An IANA time zone, e.g. "Europe/Berlin". */
  timeZone: z.string().refine(validZone, "an IANA time zone such as Europe/Berlin"),
  weekly: z.object({ mon: DaySpans, tue: DaySpans, wed: DaySpans, thu: DaySpans, fri: DaySpans, sat: DaySpans, sun: DaySpans }),
  /** Days the team is off, as YYYY-MM-DD in the site's time zone. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")).max(366).default([]),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface LocalTime {
  date: string;
  day: Day;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date, weekday and minute of the day at `at` in `zone`. */
function local(at: number, zone: string): LocalTime {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  const day = (parts.weekday ?? "Mon").slice(0, 3).toLowerCase() as Day;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Whether the team works at `at`. No hours set means always. */
export function isOpen(hours: BusinessHours | null, at: number): boolean {
  if (!hours) return true;
  const now = local(at, hours.timeZone);
  if (hours.holidays.includes(now.date)) return false;
  return hours.weekly[now.day].some((span) => toMinutes(span.from) <= now.minutes && now.minutes < toMinutes(span.to));
}

/**
 * When the team is next at work after `at` (epoch ms), to the minute; null
 * when the schedule has no working time at all. Walks forward a minute
 * boundary at a time through span starts, so DST changes need no special case.
 */
export function nextOpening(hours: BusinessHours | null, at: number): number | null {
  if (!hours) return at;
  if (isOpen(hours, at)) return at;
  const step = 15 * 60_000;
  // Two weeks of quarter hours is 1,344 checks at most: cheap, and enough for any weekly schedule with holidays.
  for (let t = Math.ceil(at / step) * step; t < at + 14 * 86_400_000; t += step) {
    if (isOpen(hours, t)) {
      // Back to the exact opening minute within this quarter hour.
      let exact = t;
      while (exact - 60_000 > at && isOpen(hours, exact - 60_000)) exact -= 60_000;
      return exact;
    }
  }
  return null;
}

/** "Monday at 09:00" (or "today at 14:00", "tomorrow at 09:00"), in the site's time zone, for the visitor. */
export function describeOpening(hours: BusinessHours, opening: number, now: number): string {
  const when = local(opening, hours.timeZone);
  const today = local(now, hours.timeZone);
  const time = `${String(Math.floor(when.minutes / 60)).padStart(2, "0")}:${String(when.minutes % 60).padStart(2, "0")}`;
  if (when.date === today.date) return `today at ${time}`;
  if (when.date === local(now + 86_400_000, hours.timeZone).date) return `tomorrow at ${time}`;
  const weekday = new Intl.DateTimeFormat("en", { timeZone: hours.timeZone, weekday: "long", day: "numeric", month: "long" }).format(opening);
  return `${weekday} at ${time}`;
}
