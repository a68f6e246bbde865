/**
 * What the right outcome is for each labelled intent, so every row of an
 * evaluation is scored and none is silently left out:
 *   person    asks for a human: must be handed off by the explicit-request signal
 *   upset     complains or is angry: must be offered a person or handed off
 *   routine   a question the AI should keep: any escalation is a false alarm
 *   sensitive refunds, cancellations, account deletion, payment problems: the
 *             AI may answer when it is sure; unsure or declined, a person must
 *             be offered or the visitor handed off
 *   contact   asks for contact details or the support team: a confident answer
 *             (the contact page) or a person both serve the visitor
 * Intent names are Bitext's, plus four for text Bitext has no intent for
 * (frustrated, product_question, store_question, and routine_question for
 * any other routine question).
 */
export type IntentKind = "person" | "upset" | "routine" | "sensitive" | "contact";

export const INTENT_KINDS: Readonly<Record<string, IntentKind>> = {
  contact_human_agent: "person",
  complaint: "upset",
  frustrated: "upset",
  contact_customer_service: "contact",
  get_refund: "sensitive",
  cancel_order: "sensitive",
  delete_account: "sensitive",
  payment_issue: "sensitive",
  track_order: "routine",
  track_refund: "routine",
  delivery_options: "routine",
  delivery_period: "routine",
  check_payment_methods: "routine",
  check_invoice: "routine",
  get_invoice: "routine",
  newsletter_subscription: "routine",
  place_order: "routine",
  create_account: "routine",
  edit_account: "routine",
  recover_password: "routine",
  switch_account: "routine",
  set_up_shipping_address: "routine",
  change_shipping_address: "routine",
  check_refund_policy: "routine",
  review: "routine",
  change_order: "routine",
  check_cancellation_fee: "routine",
  registration_problems: "routine",
  product_question: "routine",
  store_question: "routine",
  routine_question: "routine",
};

/** The kind of an intent; an intent without one is an error, not a row to skip. */
export function kindOf(intent: string, where: string): IntentKind {
  const kind = INTENT_KINDS[intent];
  if (!kind) throw new Error(`${where}: intent "${intent}" has no kind; add it to worker/cli/intent-kinds.ts`);
  return kind;
}
