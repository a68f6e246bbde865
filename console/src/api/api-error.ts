import { sentence } from "../lib/format.ts";

/** A failed API call, with a message fit to show a person. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(sentence(message));
    this.name = "ApiError";
    this.status = status;
    this.code = code;
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
