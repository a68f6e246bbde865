/**
 * Calendar days named in questions and the periods named in policies
 * ("between 15 November and 24 December"), and the deadline a "within 30
 * days" rule gives from a day the visitor names. Days are kept without a
 * year (day of a 365-day year) because policies repeat every year.
 */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

/** A day named in text ("10 March", "March 10th", "the 5th of December"), to set apart from other numbers. */
export const DAY_MENTION = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b|\\b${MONTH}\\s+${DAY}\\b`, "gi");

export interface DayOfYear {
  /** 1–365. */
  day: number;
  /** Named exactly ("5 December"), or only roughly ("mid December", "Christmas"). */
  exact: boolean;
  /** What happened that day, when the text says: "delivered on 20 May", "bought on 10 March". */
  event: DayEvent | null;
}

/** What a day is counted from: the delivery (arrival) or the order (purchase). */
export type DayEvent = "delivery" | "order";

const DELIVERY = /\b(?:deliver(?:ed|y)?|arriv(?:ed|al|e)|came|come|received?|receipt|got|get)\b/;
const ORDER = /\b(?:order(?:ed|ing)?|bought|buy(?:ing)?|purchas(?:ed|e|ing)|placed?|placing|paid)\b/;

function eventIn(words: string): DayEvent | null {
  const delivery = words.search(DELIVERY);
  const order = words.search(ORDER);
  if (delivery < 0 && order < 0) return null;
  // The word nearest the day (last in the words before it) tells.
  return delivery > order ? "delivery" : "order";
}

function monthIndex(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3)));
}

function dayOfYear(month: number, day: number): number {
  let total = day;
  for (let m = 0; m < month; m++) total += DAYS_IN[m] ?? 30;
  return total;
}

/** "5 December" for a day of the year. */
export function formatDay(day: number): string {
  let rest = ((day - 1 + 365) % 365) + 1;
  for (let m = 0; m < 12; m++) {
    const length = DAYS_IN[m] ?? 30;
    if (rest <= length) return `${rest} ${MONTH_NAMES[m]}`;
    rest -= length;
  }
  return `${rest} December`;
}

/** The days a question names: "10 March", "March 10th", "the 5th of December", "mid December", "Christmas". */
export function daysIn(text: string): DayOfYear[] {
  const lower = text.toLowerCase();
  const found: DayOfYear[] = [];
  // The few words before a day, within its clause, say what happened on it.
  const before = (at: number) => lower.slice(Math.max(0, at - 40), at).split(/[,.;!?]/).pop() ?? "";
  const push = (month: number, day: number, exact: boolean, at = 0) => {
    if (month >= 0 && day >= 1 && day <= (DAYS_IN[month] ?? 31)) found.push({ day: dayOfYear(month, day), exact, event: eventIn(before(at)) });
  };
  for (const m of lower.matchAll(new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, "g"))) push(monthIndex(m[2] ?? ""), Number(m[1]), true, m.index);
  for (const m of lower.matchAll(new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?::|°|cm|kg|days?|%))`, "g"))) push(monthIndex(m[1] ?? ""), Number(m[2]), true, m.index);
  if (found.length === 0) {
    for (const m of lower.matchAll(new RegExp(`\\b(early|mid|late|end of|beginning of|start of)[\\s-]+${MONTH}\\b`, "g"))) {
      const day = m[1] === "mid" ? 15 : m[1] === "late" || m[1] === "end of" ? 26 : 5;
      push(monthIndex(m[2] ?? ""), day, false);
    }
    if (/\bchristmas (?:gift|present|shopping|order)|\bfor christmas\b/.test(lower)) push(11, 15, false);
  }
  return found;
}

export interface Period {
  from: number;
  to: number;
}

/** The periods a sentence names: "between 15 November and 24 December", "from 1 to 14 August". */
export function periodsIn(text: string): Period[] {
  const lower = text.toLowerCase();
  const out: Period[] = [];
  const re = new RegExp(`\\b(?:between|from)\\s+${DAY}\\s+${MONTH}?\\s*(?:and|to|until|-|–)\\s+${DAY}\\s+${MONTH}\\b`, "g");
  for (const m of lower.matchAll(re)) {
    const endMonth = monthIndex(m[4] ?? "");
    const startMonth = m[2] ? monthIndex(m[2]) : endMonth;
    out.push({ from: dayOfYear(startMonth, Number(m[1])), to: dayOfYear(endMonth, Number(m[3])) });
  }
  return out;
}

export function inPeriod(day: number, period: Period): boolean {
  return period.from <= period.to ? day >= period.from && day <= period.to : day >= period.from || day <= period.to;
}

/** "within 30 days" / "30-day window": the number of days a rule allows, or null. */
export function daysAllowed(text: string): number | null {
  const m = /\bwithin (\d{1,3}) (?:calendar )?days\b|\b(\d{1,3})-day (?:window|period|return)/i.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

/**
 * What a "within N days of …" rule counts from: "of delivery", "of the
 * delivery date" → delivery; "of placing the order", "of your order" →
 * order; "of creating the return label", "of the invoice date" → something
 * else (null when the rule does not say).
 */
export function ruleCountsFrom(text: string): DayEvent | "other" | null {
  const m = /\bwithin \d{1,3} (?:calendar |working )?days (?:\([^)]{0,40}\) )?(?:of|from|after) ([^,.;]{1,40})/i.exec(text);
  if (!m) return null;
  return eventIn(m[1]?.toLowerCase().split(/\s+/).slice(0, 4).join(" ") ?? "") ?? "other";
}

/** The day `days` after `from`, as "19 June". */
export function addDays(from: number, days: number): string {
  return formatDay(from + days);
}
