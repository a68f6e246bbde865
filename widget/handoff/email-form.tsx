import { Component } from "preact";
import { say } from "../i18n/format.ts";
import type { Words } from "../i18n/texts.ts";
import formCss from "./form.css";

export interface EmailFormProps {
  /** The visitor's language's words (none in English). */
  words: Words;
  /** Sent; waiting for the team to confirm. */
  busy: boolean;
  /** The server refused the address, or it could not be sent. */
  refused: boolean;
  onSubmit(email: string, name: string): void;
  onCancel(): void;
}

/** What the server's check (zod's email) also wants at the least: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Email me instead": an address (and, if they like, a name) for a teammate
 * to answer at; the visitor may close the page once it is confirmed (the
 * wait bar says so, from the server's notice). Uncontrolled inputs,
 * read on submit; checked here first so the error is in the visitor's
 * language, not the browser's.
 */
export class EmailForm extends Component<EmailFormProps, { invalid: boolean }> {
  override state = { invalid: false };

  override componentDidMount(): void {
    if (this.base instanceof Element) this.base.querySelector("input")?.focus();
  }

  override render({ words, busy, refused, onCancel }: EmailFormProps) {
    const error = this.state.invalid ? say(words, "Please enter a valid email address.") : refused ? say(words, "That didn't work. Please check the address and try again.") : null;
    return (
      <form class="ef" noValidate onSubmit={this.submit} data-testid="baton-email-form">
        <style>{formCss}</style>
        <p>{say(words, "Leave your email and a teammate will answer there, with this whole conversation in front of them.")}</p>
        <label>
          {say(words, "Your email")}
          <input name="email" type="email" maxLength={320} autocomplete="email" required aria-invalid={error ? "true" : undefined} data-testid="baton-email-input" />
        </label>
        <label>
          {say(words, "Your name (optional)")}
          <input name="name" maxLength={200} autocomplete="name" data-testid="baton-email-name" />
        </label>
        {error && (
          <p class="err" role="alert" data-testid="baton-email-error">
            {error}
          </p>
        )}
        <div class="row">
          <button type="button" class="chip" onClick={onCancel}>
            {say(words, "Cancel")}
          </button>
          <button type="submit" class="chip go" disabled={busy} data-testid="baton-email-submit">
            {say(words, "Send")}
          </button>
        </div>
      </form>
    );
  }

  private readonly submit = (event: Event): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? "";
    const email = value("email");
    const invalid = !EMAIL.test(email);
    this.setState({ invalid });
    if (invalid) return form.querySelector("input")?.focus();
    this.props.onSubmit(email, value("name"));
  };
}
