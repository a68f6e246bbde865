/**
 * widget-handoff.js: what only matters on the way to a person — the
 * assistant's offer of one, where the visitor stands in line, the follow-up,
 * "Email me instead", the visitor's typing shown to an agent — and taking up
 * a conversation from an emailed link. The app loads it when one of these is
 * needed (app/handoff-chunk.ts). Built against the app's Preact (see
 * build.ts), so it adds only its own code.
 */
import { TypingSignal } from "../../worker/protocol/typing-signal.ts";
import { HANDOFF_GLOBAL } from "../shared/global-names.ts";
import { EmailForm } from "./email-form.tsx";
import { OfferNote } from "./offer-note.tsx";
import { RatingCard } from "./rating-card.tsx";
import { resumeFromLink } from "./resume-link.ts";
import { WaitBar } from "./wait-bar.tsx";

window[HANDOFF_GLOBAL] = { OfferNote, RatingCard, WaitBar, EmailForm, TypingSignal, resume: resumeFromLink };
