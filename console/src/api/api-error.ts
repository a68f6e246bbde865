import { sentence } from "../lib/format.ts";

/** One problem with one field of a refused request ("title", "tags.2"). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed API call, with a message fit to show a person. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Validation problems by field, when the server listed them. */
  readonly issues: FieldIssue[];

  constructor(status: number, code: string, message: string, issues: FieldIssue[] = []) {
    super(sentence(message));
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** 401 from an agent route: the session is gone, not the request wrong. */
  get unauthorized(): boolean {
    return this.status === 401;
  }
}

/** Any thrown value as a readable sentence. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return sentence(error.message);
  return "Something went wrong. Try again.";
}
