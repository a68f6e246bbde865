import { say } from "../i18n/format.ts";
import type { Words } from "../i18n/texts.ts";
import offerCss from "./offer.css";

/**
 * The assistant suggests a person (`offer_human`): the question above the
 * app's "Talk to a person" button, which this makes prominent (offer.css).
 * Without this file the button is there all the same, plainly.
 */
export function OfferNote({ words }: { words: Words }) {
  return (
    <>
      <style>{offerCss}</style>
      <p data-testid="baton-offer">{say(words, "Would you like a teammate to take it from here?")}</p>
    </>
  );
}
