import type { FieldIssue } from "../api/api-error.ts";

export type ArticleField = "title" | "url" | "tags" | "body";
export type FieldErrors = Partial<Record<ArticleField, string>>;

const FIELDS: readonly ArticleField[] = ["title", "url", "tags", "body"];

function isField(name: string | undefined): name is ArticleField {
  return FIELDS.some((f) => f === name);
}

/** The server's validation issues ("tags.2": "Too small…") as one readable message per editor field. */
export function fieldErrors(issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [field, index] = issue.path.split(".");
    if (!isField(field)) continue;
    if (errors[field]) continue;
    const message = readable(field, issue.message);
    errors[field] = field === "tags" && index !== undefined ? `Tag ${Number(index) + 1}: ${lowerFirst(message)}` : message;
  }
  return errors;
}

/** zod's wording is for developers; say what to do instead. */
function readable(field: ArticleField, message: string): string {
  const tooBig = /Too big: expected (?:string|array) to have <=(\d+)/.exec(message);
  if (tooBig) return field === "tags" && !message.includes("string") ? `At most ${tooBig[1]} tags.` : `Too long: at most ${tooBig[1]} characters.`;
  if (/Too small/.test(message)) return "Required.";
  if (field === "url") return "Enter a full http(s) address, or a path on your site starting with /.";
  return message.endsWith(".") ? message : `${message}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
