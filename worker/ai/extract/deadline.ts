/**
 * A rule to count with: when the visitor names the day something happened
 * and asks for the last day, and the answer's rule is "within N days", the
 * answer also gives the day that makes ("counted from 10 March, that is
 * until 9 April"). Not when the answer already names the period that day
 * falls in: that period's own rule applies ("…extended until 31 January").
 */
import { addDays, daysAllowed, formatDay, inPeriod, ruleCountsFrom } from "./dates.ts";
import type { SentenceFacts } from "./candidates.ts";
import type { Question } from "./question.ts";

export function deadlineNote(question: Question, chosen: SentenceFacts[]): string | null {
  const ruled = chosen.find((s) => daysAllowed(s.text) !== null);
  const rule = ruled ? daysAllowed(ruled.text) : null;
  if (!ruled || rule === null || !question.deadline) return null;
  // Counted from the day of what the rule counts from ("bought on 10 March, delivered on 12 March": delivery).
  const from = ruleCountsFrom(ruled.text);
  const exact = question.days.filter((d) => d.exact);
  const day = exact.find((d) => d.event !== null && d.event === from) ?? (exact.some((d) => d.event !== null) && from === "other" ? undefined : exact[0]);
  if (!day) return null;
  if (chosen.some((s) => s.periods.some((p) => inPeriod(day.day, p)))) return null;
  return `Counted from ${formatDay(day.day)}, ${rule} days is until ${addDays(day.day, rule)}.`;
}
