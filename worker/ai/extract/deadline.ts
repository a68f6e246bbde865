/**
 * A rule to count with: when the visitor names the day something happened
 * and asks for the last day, and the answer's rule is "within N days", the
 * answer also gives the day that makes ("counted from 10 March, that is
 * until 9 April"). Not when the answer already names the period that day
 * falls in: that period's own rule applies ("…extended until 31 January").
 */
import { addDays, daysAllowed, formatDay, inPeriod } from "./dates.ts";
import type { SentenceFacts } from "./candidates.ts";
import type { Question } from "./question.ts";

export function deadlineNote(question: Question, chosen: SentenceFacts[]): string | null {
  const day = question.days.find((d) => d.exact);
  if (!day || !question.deadline) return null;
  if (chosen.some((s) => s.periods.some((p) => inPeriod(day.day, p)))) return null;
  const rule = chosen.map((s) => daysAllowed(s.text)).find((n) => n !== null);
  if (rule === undefined || rule === null) return null;
  return `Counted from ${formatDay(day.day)}, ${rule} days is until ${addDays(day.day, rule)}.`;
}
